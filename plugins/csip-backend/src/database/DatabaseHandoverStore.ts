import { randomUUID } from 'node:crypto';
import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  HandoverItem,
  HandoverItemCreate,
  SkillsMatrix,
  SkillsMatrixUpdate,
  TemplateItemDraft,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from './applyDatabaseMigrations';
import { HandoverItemPatch, HandoverStore } from './HandoverStore';

type ItemRow = {
  id: string;
  programme_id: string;
  template_key: string;
  process: string;
  title: string;
  description: string;
  category: HandoverItem['category'];
  weight: number;
  critical: boolean | number;
  owner: string | null;
  status: HandoverItem['status'];
  evidence: string | null;
  verified_by: string | null;
  verified_at: string | null;
  demonstrated_by?: string | null;
  demonstrated_at?: string | null;
  retired_at?: string | null;
  updated_by: string | null;
  updated_at: string;
  position: number;
  version: number;
  slot: string;
};

type SkillsRow = {
  programme_id: string;
  people: string;
  version: number;
  updated_by: string;
  updated_at: string;
};

function toItem(row: ItemRow): HandoverItem {
  return {
    id: row.id,
    programmeId: row.programme_id,
    ...(row.template_key && { templateKey: row.template_key }),
    title: row.title,
    description: row.description,
    category: row.category,
    ...(row.process && { process: row.process }),
    weight: row.weight,
    critical: Boolean(row.critical),
    ...(row.owner && { owner: row.owner }),
    status: row.status,
    ...(row.evidence && { evidence: row.evidence }),
    ...(row.demonstrated_by && { demonstratedBy: row.demonstrated_by }),
    ...(row.demonstrated_at && { demonstratedAt: row.demonstrated_at }),
    ...(row.verified_by && { verifiedBy: row.verified_by }),
    ...(row.verified_at && { verifiedAt: row.verified_at }),
    ...(row.retired_at && { retiredAt: row.retired_at }),
    ...(row.updated_by && { updatedBy: row.updated_by }),
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/**
 * Knex implementation of {@link HandoverStore}.
 *
 * @internal
 */
export class DatabaseHandoverStore implements HandoverStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseHandoverStore> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await applyDatabaseMigrations(knex);
    }
    return new DatabaseHandoverStore(knex);
  }

  private constructor(private readonly db: Knex) {}

  /** The same store, reading and writing inside `tx`. */
  withTransaction(tx: Knex.Transaction): DatabaseHandoverStore {
    return new DatabaseHandoverStore(tx);
  }

  async listItems(programmeId: string): Promise<HandoverItem[]> {
    const rows = await this.db<ItemRow>('csip_handover_items')
      .where({ programme_id: programmeId })
      .orderBy([
        { column: 'position', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toItem);
  }

  async getItem(id: string): Promise<HandoverItem | undefined> {
    const row = await this.db<ItemRow>('csip_handover_items')
      .where({ id })
      .first();
    return row ? toItem(row) : undefined;
  }

  async addTemplateItems(
    programmeId: string,
    drafts: TemplateItemDraft[],
  ): Promise<void> {
    if (drafts.length === 0) return;
    const start = await this.nextPosition(programmeId);
    const now = new Date().toISOString();
    const rows: ItemRow[] = drafts.map((d, index) => ({
      id: randomUUID(),
      programme_id: programmeId,
      template_key: d.templateKey,
      process: d.process ?? '',
      title: d.title,
      description: d.description,
      category: d.category,
      weight: d.weight,
      critical: d.critical,
      owner: null,
      status: 'not-started',
      evidence: null,
      verified_by: null,
      verified_at: null,
      updated_by: null,
      updated_at: now,
      position: start + index,
      version: 1,
      slot: `${d.templateKey}|${d.process ?? ''}`,
    }));
    // Two requests may seed at once; the unique slot keeps one of each.
    await this.db<ItemRow>('csip_handover_items')
      .insert(rows)
      .onConflict(['programme_id', 'slot'])
      .ignore();
  }

  async addCustomItem(
    programmeId: string,
    item: HandoverItemCreate,
    createdBy: string,
  ): Promise<HandoverItem> {
    const id = randomUUID();
    const row: ItemRow = {
      id,
      slot: id,
      programme_id: programmeId,
      template_key: '',
      process: item.process ?? '',
      title: item.title,
      description: item.description,
      category: item.category,
      weight: item.weight,
      critical: item.critical,
      owner: item.owner ?? null,
      status: 'not-started',
      evidence: null,
      verified_by: null,
      verified_at: null,
      updated_by: createdBy,
      updated_at: new Date().toISOString(),
      position: await this.nextPosition(programmeId),
      version: 1,
    };
    await this.db<ItemRow>('csip_handover_items').insert(row);
    return toItem(row);
  }

  async updateItem(
    id: string,
    patch: HandoverItemPatch,
    version?: number,
  ): Promise<HandoverItem> {
    return this.db.transaction(async tx => {
      const current = await tx<ItemRow>('csip_handover_items')
        .where({ id })
        .first();
      if (!current) throw new NotFoundError(`No handover item with id '${id}'`);
      if (version !== undefined && version !== current.version) {
        throw new ConflictError(
          `The item was changed by someone else (version ${current.version}, you sent ${version}); reload and try again`,
        );
      }
      const updated = await tx<ItemRow>('csip_handover_items')
        .where({ id, version: current.version })
        .update({
          ...(patch.status !== undefined && { status: patch.status }),
          ...(patch.evidence !== undefined && { evidence: patch.evidence }),
          ...(patch.owner !== undefined && { owner: patch.owner }),
          ...(patch.verifiedBy !== undefined && {
            verified_by: patch.verifiedBy,
          }),
          ...(patch.verifiedAt !== undefined && {
            verified_at: patch.verifiedAt,
          }),
          ...(patch.demonstratedBy !== undefined && {
            demonstrated_by: patch.demonstratedBy,
          }),
          ...(patch.demonstratedAt !== undefined && {
            demonstrated_at: patch.demonstratedAt,
          }),
          updated_by: patch.updatedBy,
          updated_at: new Date().toISOString(),
          version: current.version + 1,
        });
      if (updated === 0) {
        throw new ConflictError(
          'The item was changed by someone else; reload and try again',
        );
      }
      return toItem(
        (await tx<ItemRow>('csip_handover_items').where({ id }).first())!,
      );
    });
  }

  async retireAndRestore(
    programmeId: string,
    inScope: readonly string[],
  ): Promise<void> {
    const now = new Date().toISOString();
    const items = () =>
      this.db<ItemRow>('csip_handover_items')
        .where({ programme_id: programmeId })
        .whereNot({ process: '' });
    await (inScope.length
      ? items().whereNotIn('process', [...inScope])
      : items()
    )
      .whereNull('retired_at')
      .update({ retired_at: now, updated_at: now });
    if (inScope.length) {
      await items()
        .whereIn('process', [...inScope])
        .whereNotNull('retired_at')
        .update({ retired_at: null, updated_at: now });
    }
  }

  async getSkills(programmeId: string): Promise<SkillsMatrix> {
    const row = await this.db<SkillsRow>('csip_skills_matrices')
      .where({ programme_id: programmeId })
      .first();
    if (!row) return { people: [], version: 0 };
    return {
      people: JSON.parse(row.people),
      version: row.version,
      updatedBy: row.updated_by,
      updatedAt: row.updated_at,
    };
  }

  async putSkills(
    programmeId: string,
    update: SkillsMatrixUpdate,
    updatedBy: string,
  ): Promise<SkillsMatrix> {
    return this.db.transaction(async tx => {
      const current = await tx<SkillsRow>('csip_skills_matrices')
        .where({ programme_id: programmeId })
        .first();
      const currentVersion = current?.version ?? 0;
      if (update.version !== undefined && update.version !== currentVersion) {
        throw new ConflictError(
          `The skills matrix was changed by someone else (version ${currentVersion}, you sent ${update.version}); reload and try again`,
        );
      }
      const row: SkillsRow = {
        programme_id: programmeId,
        people: JSON.stringify(update.people),
        version: currentVersion + 1,
        updated_by: updatedBy,
        updated_at: new Date().toISOString(),
      };
      if (current) {
        const updated = await tx<SkillsRow>('csip_skills_matrices')
          .where({ programme_id: programmeId, version: currentVersion })
          .update(row);
        if (updated === 0) {
          throw new ConflictError(
            'The skills matrix was changed by someone else; reload and try again',
          );
        }
      } else {
        try {
          await tx<SkillsRow>('csip_skills_matrices').insert(row);
        } catch (error) {
          throw new ConflictError(
            'The skills matrix was saved by someone else at the same time; reload and try again',
            error as Error,
          );
        }
      }
      return {
        people: update.people,
        version: row.version,
        updatedBy,
        updatedAt: row.updated_at,
      };
    });
  }

  private async nextPosition(programmeId: string): Promise<number> {
    const result: { max?: number | string | null } | undefined = await this.db(
      'csip_handover_items',
    )
      .where({ programme_id: programmeId })
      .max('position as max')
      .first();
    return Number(result?.max ?? -1) + 1;
  }
}
