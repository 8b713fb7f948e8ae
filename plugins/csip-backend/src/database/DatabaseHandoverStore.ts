import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  HandoverItem,
  HandoverItemCreate,
  SkillsMatrix,
  SkillsMatrixUpdate,
  TemplateItemDraft,
} from '@csip-coach/plugin-csip-common';
import { HandoverItemPatch, HandoverStore } from './HandoverStore';
import {
  assertUpdated,
  changedColumns,
  insertOrConflict,
  KnexStore,
} from './KnexStore';
import {
  HandoverItemRow,
  toHandoverItem,
  toHandoverItemRow,
} from './rows/handoverItemRows';
import {
  SkillsMatrixRow,
  toSkillsMatrix,
  toSkillsMatrixRow,
} from './rows/skillsMatrixRows';

/**
 * Knex implementation of {@link HandoverStore}.
 *
 * @internal
 */
export class DatabaseHandoverStore extends KnexStore implements HandoverStore {
  /** In checklist order. */
  listItems = this.programmeList('csip_handover_items', toHandoverItem, [
    { column: 'position', order: 'asc' },
    { column: 'id', order: 'asc' },
  ]);

  /** {@link DatabaseHandoverStore.listItems} of several programmes at once. */
  listItemsOf = this.programmeListsOf('csip_handover_items', toHandoverItem, [
    { column: 'position', order: 'asc' },
    { column: 'id', order: 'asc' },
  ]);

  async getItem(id: string): Promise<HandoverItem | undefined> {
    const row = await this.db<HandoverItemRow>('csip_handover_items')
      .where({ id })
      .first();
    return row ? toHandoverItem(row) : undefined;
  }

  async addTemplateItems(
    programmeId: string,
    drafts: TemplateItemDraft[],
  ): Promise<void> {
    if (drafts.length === 0) return;
    const start = await this.nextPosition(programmeId);
    const now = new Date().toISOString();
    const rows = drafts.map((d, index) =>
      toHandoverItemRow(
        {
          ...d,
          id: randomUUID(),
          programmeId,
          status: 'not-started',
          updatedAt: now,
          version: 1,
        },
        start + index,
      ),
    );
    // Two requests may seed at once; the unique slot keeps one of each.
    await this.db<HandoverItemRow>('csip_handover_items')
      .insert(rows)
      .onConflict(['programme_id', 'slot'])
      .ignore();
  }

  async addCustomItem(
    programmeId: string,
    item: HandoverItemCreate,
    createdBy: string,
  ): Promise<HandoverItem> {
    const row = toHandoverItemRow(
      {
        ...item,
        id: randomUUID(),
        programmeId,
        status: 'not-started',
        updatedBy: createdBy,
        updatedAt: new Date().toISOString(),
        version: 1,
      },
      await this.nextPosition(programmeId),
    );
    await this.db<HandoverItemRow>('csip_handover_items').insert(row);
    return toHandoverItem(row);
  }

  async updateItem(
    id: string,
    patch: HandoverItemPatch,
    version?: number,
  ): Promise<HandoverItem> {
    return this.inTransaction(async tx => {
      const current = await tx<HandoverItemRow>('csip_handover_items')
        .where({ id })
        .first();
      if (!current) throw new NotFoundError(`No handover item with id '${id}'`);
      if (version !== undefined && version !== current.version) {
        throw new ConflictError(
          `The item was changed by someone else (version ${current.version}, you sent ${version}); reload and try again`,
        );
      }
      const updated = await tx<HandoverItemRow>('csip_handover_items')
        .where({ id, version: current.version })
        .update({
          ...changedColumns(patch, {
            status: 'status',
            evidence: 'evidence',
            owner: 'owner',
            verifiedBy: 'verified_by',
            verifiedAt: 'verified_at',
            demonstratedBy: 'demonstrated_by',
            demonstratedAt: 'demonstrated_at',
          }),
          updated_by: patch.updatedBy,
          updated_at: new Date().toISOString(),
          version: current.version + 1,
        });
      assertUpdated(
        updated,
        'The item was changed by someone else; reload and try again',
      );
      return toHandoverItem(
        (await tx<HandoverItemRow>('csip_handover_items')
          .where({ id })
          .first())!,
      );
    });
  }

  async retireAndRestore(
    programmeId: string,
    inScope: readonly string[],
  ): Promise<void> {
    const now = new Date().toISOString();
    const items = () =>
      this.db<HandoverItemRow>('csip_handover_items')
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
    const row = await this.db<SkillsMatrixRow>('csip_skills_matrices')
      .where({ programme_id: programmeId })
      .first();
    return toSkillsMatrix(row);
  }

  async getSkillsOf(
    programmeIds: readonly string[],
  ): Promise<Map<string, SkillsMatrix>> {
    const rows: SkillsMatrixRow[] = programmeIds.length
      ? await this.db<SkillsMatrixRow>('csip_skills_matrices').whereIn(
          'programme_id',
          programmeIds,
        )
      : [];
    const byId = new Map(rows.map(row => [row.programme_id, row]));
    return new Map(programmeIds.map(id => [id, toSkillsMatrix(byId.get(id))]));
  }

  async putSkills(
    programmeId: string,
    update: SkillsMatrixUpdate,
    updatedBy: string,
  ): Promise<SkillsMatrix> {
    return this.inTransaction(async tx => {
      const current = await tx<SkillsMatrixRow>('csip_skills_matrices')
        .where({ programme_id: programmeId })
        .first();
      const currentVersion = current?.version ?? 0;
      if (update.version !== undefined && update.version !== currentVersion) {
        throw new ConflictError(
          `The skills matrix was changed by someone else (version ${currentVersion}, you sent ${update.version}); reload and try again`,
        );
      }
      const row = toSkillsMatrixRow(programmeId, {
        people: update.people,
        version: currentVersion + 1,
        updatedBy,
        updatedAt: new Date().toISOString(),
      });
      if (current) {
        const updated = await tx<SkillsMatrixRow>('csip_skills_matrices')
          .where({ programme_id: programmeId, version: currentVersion })
          .update(row);
        assertUpdated(
          updated,
          'The skills matrix was changed by someone else; reload and try again',
        );
      } else {
        await insertOrConflict(
          tx<SkillsMatrixRow>('csip_skills_matrices').insert(row),
          'The skills matrix was saved by someone else at the same time; reload and try again',
        );
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
