import type {
  ScopeVersion,
  ScopeVersionCreate,
} from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_scope_versions`: the scope itself is JSON.
 *
 * @internal
 */
export type ScopeVersionRow = {
  seq?: number;
  programme_id: string;
  number: number;
  scope: string;
  published_by: string;
  published_at: string;
};

/**
 * The scope version of a row.
 *
 * @internal
 */
export function toScopeVersion(row: ScopeVersionRow): ScopeVersion {
  return {
    programmeId: row.programme_id,
    number: row.number,
    ...(JSON.parse(row.scope) as ScopeVersionCreate),
    publishedBy: row.published_by,
    publishedAt: row.published_at,
  };
}

/**
 * The row of a published scope version.
 *
 * @internal
 */
export function toScopeVersionRow(version: {
  programmeId: string;
  number: number;
  scope: ScopeVersionCreate;
  publishedBy: string;
  publishedAt: string;
}): ScopeVersionRow {
  return {
    programme_id: version.programmeId,
    number: version.number,
    scope: JSON.stringify(version.scope),
    published_by: version.publishedBy,
    published_at: version.publishedAt,
  };
}
