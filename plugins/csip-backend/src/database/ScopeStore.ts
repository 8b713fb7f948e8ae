import type {
  Agreement,
  ScopeVersion,
  ScopeVersionCreate,
} from '@csip-coach/plugin-csip-common';

/**
 * Append-only persistence of scope versions and agreements.
 *
 * @internal
 */
export interface ScopeStore {
  /** Publishes the next version; throws ConflictError if another won the race. */
  publishVersion(
    programmeId: string,
    scope: ScopeVersionCreate,
    publishedBy: string,
  ): Promise<ScopeVersion>;
  /** Newest first. */
  listVersions(programmeId: string): Promise<ScopeVersion[]>;
  /** Of several programmes at once (the status backfill), newest first. */
  listVersionsOf(
    programmeIds: readonly string[],
  ): Promise<Map<string, ScopeVersion[]>>;
  /** The newest version of every programme that has one. */
  listCurrentVersions(): Promise<ScopeVersion[]>;
  recordAgreement(agreement: Omit<Agreement, 'at'>): Promise<Agreement>;
  /** Oldest first. */
  listAgreements(
    programmeId: string,
    versionNumber: number,
  ): Promise<Agreement[]>;
  /**
   * The agreements on every version of several programmes at once (the
   * status backfill), oldest first.
   */
  listAllAgreementsOf(
    programmeIds: readonly string[],
  ): Promise<Map<string, Agreement[]>>;
}
