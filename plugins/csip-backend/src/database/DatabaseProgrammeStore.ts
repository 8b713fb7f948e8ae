import { randomUUID } from 'node:crypto';
import { DatabaseService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type {
  Programme,
  ProgrammeListQuery,
  ProgrammeMember,
  ProgrammePage,
  ProgrammeSummary,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from './applyDatabaseMigrations';
import { NewProgramme, ProgrammeStore } from './ProgrammeStore';

type ProgrammeRow = {
  id: string;
  title: string;
  vision: string;
  driver: Programme['driver'];
  business_drivers: string;
  owner_ref: string;
  phase: Programme['phase'];
  archived: boolean | number;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
};

type MemberRow = {
  programme_id: string;
  user_ref: string;
  role: ProgrammeMember['role'];
};

type Cursor = { createdAt: string; id: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value?.createdAt === 'string' && typeof value?.id === 'string') {
      return value;
    }
  } catch {
    // fall through
  }
  throw new InputError('Invalid query: cursor: is not a cursor from this API');
}

function toSummary(row: ProgrammeRow): ProgrammeSummary {
  return {
    id: row.id,
    title: row.title,
    driver: row.driver,
    ownerRef: row.owner_ref,
    phase: row.phase,
    archived: Boolean(row.archived),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/**
 * Knex implementation of {@link ProgrammeStore}, on SQLite or PostgreSQL.
 *
 * @internal
 */
export class DatabaseProgrammeStore implements ProgrammeStore {
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<DatabaseProgrammeStore> {
    const knex = await options.database.getClient();
    if (!options.skipMigrations && !options.database.migrations?.skip) {
      await applyDatabaseMigrations(knex);
    }
    return new DatabaseProgrammeStore(knex);
  }

  private constructor(private readonly db: Knex) {}

  async createProgramme(programme: NewProgramme): Promise<Programme> {
    const id = randomUUID();
    const now = new Date().toISOString();
    await this.db.transaction(async tx => {
      await tx<ProgrammeRow>('csip_programmes').insert({
        id,
        title: programme.title,
        vision: programme.vision,
        driver: programme.driver,
        business_drivers: JSON.stringify(programme.businessDrivers),
        owner_ref: programme.ownerRef,
        phase: 'establish',
        archived: false,
        version: 1,
        created_by: programme.createdBy,
        created_at: now,
        updated_at: now,
      });
      if (programme.members.length) {
        await tx<MemberRow>('csip_programme_members').insert(
          programme.members.map(m => ({
            programme_id: id,
            user_ref: m.userRef,
            role: m.role,
          })),
        );
      }
    });
    const created = await this.getProgramme(id);
    return created!;
  }

  async getProgramme(id: string): Promise<Programme | undefined> {
    const row = await this.db<ProgrammeRow>('csip_programmes')
      .where({ id })
      .first();
    if (!row) {
      return undefined;
    }
    const members = await this.db<MemberRow>('csip_programme_members')
      .where({ programme_id: id })
      .orderBy(['user_ref', 'role']);
    return {
      ...toSummary(row),
      vision: row.vision,
      businessDrivers: JSON.parse(row.business_drivers),
      members: members.map(m => ({ userRef: m.user_ref, role: m.role })),
      createdBy: row.created_by,
      createdAt: row.created_at,
    };
  }

  async listProgrammes(query: ProgrammeListQuery): Promise<ProgrammePage> {
    const builder = this.db<ProgrammeRow>('csip_programmes');
    if (query.owner) {
      builder.whereRaw('LOWER(owner_ref) = ?', [
        query.owner.toLocaleLowerCase('en-US'),
      ]);
    }
    if (query.phase) {
      builder.where('phase', query.phase);
    }
    if (query.q) {
      const like = `%${query.q
        .toLocaleLowerCase('en-US')
        .replace(/[\\%_]/g, c => `\\${c}`)}%`;
      builder.where(inner =>
        inner
          .whereRaw("LOWER(title) LIKE ? ESCAPE '\\'", [like])
          .orWhereRaw("LOWER(vision) LIKE ? ESCAPE '\\'", [like]),
      );
    }
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      builder.where(inner =>
        inner
          .where('created_at', '<', after.createdAt)
          .orWhere(same =>
            same
              .where('created_at', after.createdAt)
              .andWhere('id', '<', after.id),
          ),
      );
    }
    const rows = await builder
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toSummary),
      nextCursor:
        rows.length > query.limit && last
          ? encodeCursor({ createdAt: last.created_at, id: last.id })
          : undefined,
    };
  }
}
