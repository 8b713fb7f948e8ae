import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import type {
  Agreement,
  ScopeVersion,
  ScopeVersionCreate,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from './applyDatabaseMigrations';
import { ScopeStore } from './ScopeStore';

type VersionRow = {
  seq?: number;
  programme_id: string;
  number: number;
  scope: string;
  published_by: string;
  published_at: string;
};

type AgreementRow = {
  seq?: number;
  programme_id: string;
  version_number: number;
  user_ref: string;
  decision: Agreement['decision'];
  comment: string;
  at: string;
};

function toVersion(row: VersionRow): ScopeVersion {
  return {
    programmeId: row.programme_id,
    number: row.number,
    ...(JSON.parse(row.scope) as ScopeVersionCreate),
    publishedBy: row.published_by,
    publishedAt: row.published_at,
  };
}

function toAgreement(row: AgreementRow): Agreement {
  return {
    programmeId: row.programme_id,
    versionNumber: row.version_number,
    userRef: row.user_ref,
    decision: row.decision,
    comment: row.comment,
    at: row.at,
  };
}

/**
 * Knex implementation of {@link ScopeStore}: inserts only.
 *
 * @internal
 */
export class DatabaseScopeStore implements ScopeStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseScopeStore> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await applyDatabaseMigrations(knex);
    }
    return new DatabaseScopeStore(knex);
  }

  private constructor(private readonly db: Knex) {}

  /** The same store, reading and writing inside `tx`. */
  withTransaction(tx: Knex.Transaction): DatabaseScopeStore {
    return new DatabaseScopeStore(tx);
  }

  async publishVersion(
    programmeId: string,
    scope: ScopeVersionCreate,
    publishedBy: string,
  ): Promise<ScopeVersion> {
    const row = await this.db.transaction(async tx => {
      const latest: { number?: number | string | null } | undefined = await tx(
        'csip_scope_versions',
      )
        .where({ programme_id: programmeId })
        .max('number as number')
        .first();
      const next: VersionRow = {
        programme_id: programmeId,
        number: Number(latest?.number ?? 0) + 1,
        scope: JSON.stringify(scope),
        published_by: publishedBy,
        published_at: new Date().toISOString(),
      };
      try {
        await tx<VersionRow>('csip_scope_versions').insert(next);
      } catch (error) {
        throw new ConflictError(
          'Another scope version was published at the same time; reload and try again',
          error as Error,
        );
      }
      return next;
    });
    return toVersion(row);
  }

  async listVersions(programmeId: string): Promise<ScopeVersion[]> {
    const rows = await this.db<VersionRow>('csip_scope_versions')
      .where({ programme_id: programmeId })
      .orderBy('number', 'desc');
    return rows.map(toVersion);
  }

  async listCurrentVersions(): Promise<ScopeVersion[]> {
    const latest = this.db('csip_scope_versions')
      .select('programme_id')
      .max('number as number')
      .groupBy('programme_id')
      .as('latest');
    const rows: VersionRow[] = await this.db('csip_scope_versions as v')
      .join(latest, function joinLatest() {
        this.on('v.programme_id', '=', 'latest.programme_id').andOn(
          'v.number',
          '=',
          'latest.number',
        );
      })
      .select('v.*');
    return rows.map(toVersion);
  }

  async recordAgreement(agreement: Omit<Agreement, 'at'>): Promise<Agreement> {
    const row: AgreementRow = {
      programme_id: agreement.programmeId,
      version_number: agreement.versionNumber,
      user_ref: agreement.userRef,
      decision: agreement.decision,
      comment: agreement.comment,
      at: new Date().toISOString(),
    };
    await this.db<AgreementRow>('csip_scope_agreements').insert(row);
    return toAgreement(row);
  }

  async listAgreements(
    programmeId: string,
    versionNumber: number,
  ): Promise<Agreement[]> {
    const rows = await this.db<AgreementRow>('csip_scope_agreements')
      .where({ programme_id: programmeId, version_number: versionNumber })
      .orderBy('seq', 'asc');
    return rows.map(toAgreement);
  }
}
