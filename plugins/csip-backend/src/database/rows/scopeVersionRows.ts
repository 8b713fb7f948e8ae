import {
  withKpiIds,
  type ScopeVersion,
  type ScopeVersionCreate,
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
  const scope = JSON.parse(row.scope) as ScopeVersionCreate;
  return {
    programmeId: row.programme_id,
    number: row.number,
    ...scope,
    // Versions from before outcome KPIs have none.
    kpis: withKpiIds(scope.kpis ?? []),
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
    // A new KPI gets its id (the slug of its name) once, here.
    scope: JSON.stringify({
      ...version.scope,
      kpis: withKpiIds(version.scope.kpis ?? []),
    }),
    published_by: version.publishedBy,
    published_at: version.publishedAt,
  };
}
