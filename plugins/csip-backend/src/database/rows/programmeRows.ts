import type {
  ClosureVerdict,
  Programme,
  ProgrammeMember,
  ProgrammeSummary,
  ScopeStatus,
  SummitCamp,
} from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_programmes`, with what the queries join in.
 *
 * @internal
 */
export type ProgrammeRow = {
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
  imported_by?: string | null;
  imported_at?: string | null;
  exported_at?: string | null;
  /** The closure, once the programme is closed (all null while open). */
  closure_verdict?: ClosureVerdict | null;
  closure_outcome?: string | null;
  closure_lessons?: string | null;
  closed_by?: string | null;
  closed_at?: string | null;
  /** The latest decision's approach, joined in by the queries. */
  approach?: Programme['approach'] | null;
  /** The portfolio status, joined in by list queries. */
  scope_status?: string | null;
  levels?: string | null;
  score?: number | null;
  ready?: boolean | number | null;
  blockers?: number | null;
  summit_percent?: number | null;
  summit_camp?: string | null;
  sustain_due_on?: string | null;
  /** JSON: the processes whose latest level fell; null before it was kept. */
  level_drops?: string | null;
  overdue_actions?: number | string | null;
};

/**
 * The summary of a programme row, as the portfolio lists it.
 *
 * @internal
 */
export function toSummary(row: ProgrammeRow): ProgrammeSummary {
  return {
    id: row.id,
    title: row.title,
    driver: row.driver,
    ownerRef: row.owner_ref,
    phase: row.phase,
    approach: row.approach ?? undefined,
    archived: Boolean(row.archived),
    version: row.version,
    updatedAt: row.updated_at,
    ...(row.scope_status && {
      status: {
        scopeStatus: row.scope_status as ScopeStatus,
        levels: JSON.parse(row.levels ?? '[]'),
        score: Number(row.score ?? 0),
        ready: Boolean(row.ready),
        blockers: Number(row.blockers ?? 0),
        summitPercent:
          row.summit_percent === null || row.summit_percent === undefined
            ? null
            : Number(row.summit_percent),
        summitCamp: (row.summit_camp ?? 'start') as SummitCamp,
        sustainDueOn: row.sustain_due_on ?? null,
        sustainLapsed:
          !!row.sustain_due_on &&
          row.sustain_due_on < new Date().toISOString().slice(0, 10),
        levelDrops: JSON.parse(row.level_drops ?? '[]'),
      },
    }),
    ...(row.overdue_actions !== undefined &&
      row.overdue_actions !== null && {
        overdueActions: Number(row.overdue_actions),
      }),
    ...(row.closure_verdict && { verdict: row.closure_verdict }),
  };
}

/**
 * The programme of a row and its members.
 *
 * @internal
 */
export function toProgramme(
  row: ProgrammeRow,
  members: ProgrammeMember[],
): Programme {
  const { verdict: _verdict, ...summary } = toSummary(row);
  return {
    ...summary,
    vision: row.vision,
    businessDrivers: JSON.parse(row.business_drivers),
    members,
    createdBy: row.created_by,
    createdAt: row.created_at,
    ...(row.imported_by && {
      provenance: {
        importedBy: row.imported_by,
        importedAt: row.imported_at ?? '',
        exportedAt: row.exported_at ?? '',
      },
    }),
    ...(row.closure_verdict && {
      closure: {
        verdict: row.closure_verdict,
        outcome: row.closure_outcome ?? '',
        lessons: row.closure_lessons ?? '',
        closedBy: row.closed_by ?? '',
        closedAt: row.closed_at ?? '',
      },
    }),
  };
}

/**
 * What a new `csip_programmes` row is made of: a programme's fields, and
 * where an import came from.
 *
 * @internal
 */
export type ProgrammeFields = Pick<
  Programme,
  | 'title'
  | 'vision'
  | 'driver'
  | 'businessDrivers'
  | 'ownerRef'
  | 'phase'
  | 'archived'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
  | 'provenance'
>;

/**
 * The row of a new programme (at version 1).
 *
 * @internal
 */
export function toProgrammeRow(
  id: string,
  programme: ProgrammeFields,
): ProgrammeRow {
  return {
    id,
    title: programme.title,
    vision: programme.vision,
    driver: programme.driver,
    business_drivers: JSON.stringify(programme.businessDrivers),
    owner_ref: programme.ownerRef,
    phase: programme.phase,
    archived: programme.archived,
    version: 1,
    created_by: programme.createdBy,
    created_at: programme.createdAt,
    updated_at: programme.updatedAt,
    ...(programme.provenance && {
      imported_by: programme.provenance.importedBy,
      imported_at: programme.provenance.importedAt,
      exported_at: programme.provenance.exportedAt,
    }),
  };
}
