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
  /** The newest version of every programme that has one. */
  listCurrentVersions(): Promise<ScopeVersion[]>;
  recordAgreement(agreement: Omit<Agreement, 'at'>): Promise<Agreement>;
  /** Oldest first. */
  listAgreements(
    programmeId: string,
    versionNumber: number,
  ): Promise<Agreement[]>;
}
