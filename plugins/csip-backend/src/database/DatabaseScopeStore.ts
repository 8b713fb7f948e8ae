import type {
  Agreement,
  ScopeVersion,
  ScopeVersionCreate,
} from '@csip-coach/plugin-csip-common';
import { insertOrConflict, KnexStore } from './KnexStore';
import {
  AgreementRow,
  toAgreement,
  toAgreementRow,
} from './rows/scopeAgreementRows';
import {
  ScopeVersionRow,
  toScopeVersion,
  toScopeVersionRow,
} from './rows/scopeVersionRows';
import { ScopeStore } from './ScopeStore';

/**
 * Knex implementation of {@link ScopeStore}: inserts only.
 *
 * @internal
 */
export class DatabaseScopeStore extends KnexStore implements ScopeStore {
  async publishVersion(
    programmeId: string,
    scope: ScopeVersionCreate,
    publishedBy: string,
  ): Promise<ScopeVersion> {
    const row = await this.inTransaction(async tx => {
      const latest: { number?: number | string | null } | undefined = await tx(
        'csip_scope_versions',
      )
        .where({ programme_id: programmeId })
        .max('number as number')
        .first();
      const next = toScopeVersionRow({
        programmeId,
        number: Number(latest?.number ?? 0) + 1,
        scope,
        publishedBy,
        publishedAt: new Date().toISOString(),
      });
      await insertOrConflict(
        tx<ScopeVersionRow>('csip_scope_versions').insert(next),
        'Another scope version was published at the same time; reload and try again',
      );
      return next;
    });
    return toScopeVersion(row);
  }

  /** Newest first. */
  listVersions = this.programmeList('csip_scope_versions', toScopeVersion, [
    { column: 'number', order: 'desc' },
  ]);

  /** Newest first. */
  listVersionsOf = this.programmeListsOf(
    'csip_scope_versions',
    toScopeVersion,
    [{ column: 'number', order: 'desc' }],
  );

  /** Of every version, oldest first. */
  listAllAgreementsOf = this.programmeListsOf(
    'csip_scope_agreements',
    toAgreement,
    [{ column: 'seq', order: 'asc' }],
  );

  async listCurrentVersions(): Promise<ScopeVersion[]> {
    const latest = this.db('csip_scope_versions')
      .select('programme_id')
      .max('number as number')
      .groupBy('programme_id')
      .as('latest');
    const rows: ScopeVersionRow[] = await this.db('csip_scope_versions as v')
      .join(latest, function joinLatest() {
        this.on('v.programme_id', '=', 'latest.programme_id').andOn(
          'v.number',
          '=',
          'latest.number',
        );
      })
      .select('v.*');
    return rows.map(toScopeVersion);
  }

  async recordAgreement(agreement: Omit<Agreement, 'at'>): Promise<Agreement> {
    const row = toAgreementRow({
      ...agreement,
      at: new Date().toISOString(),
    });
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
