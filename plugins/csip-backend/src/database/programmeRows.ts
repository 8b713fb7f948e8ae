import { InputError } from '@backstage/errors';
import type {
  PhaseTransition,
  Programme,
  ProgrammeMember,
  ProgrammeSummary,
  ScopeStatus,
  SummitCamp,
} from '@csip-coach/plugin-csip-common';

/** @internal */
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
  overdue_actions?: number | string | null;
};

/** @internal */
export type MemberRow = {
  programme_id: string;
  user_ref: string;
  role: ProgrammeMember['role'];
};

/** @internal */
export type TransitionRow = {
  seq?: number;
  id: string;
  programme_id: string;
  from_phase: PhaseTransition['from'];
  to_phase: PhaseTransition['to'];
  reason: string | null;
  moved_by: string;
  moved_at: string;
};

/** Where the next page starts, in the list's own order. */
type Cursor = { offset: number };

/** @internal */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** @internal */
export function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Within a PostgreSQL integer: a larger offset is a database error there.
    if (
      Number.isInteger(value?.offset) &&
      value.offset >= 0 &&
      value.offset <= 2_147_483_647
    ) {
      return value;
    }
  } catch {
    // fall through
  }
  throw new InputError('Invalid query: cursor: is not a cursor from this API');
}

/** @internal */
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
      },
    }),
    ...(row.overdue_actions !== undefined &&
      row.overdue_actions !== null && {
        overdueActions: Number(row.overdue_actions),
      }),
  };
}

/** @internal */
export function toProgramme(
  row: ProgrammeRow,
  members: ProgrammeMember[],
): Programme {
  return {
    ...toSummary(row),
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
  };
}

/** @internal */
export function toTransition(row: TransitionRow): PhaseTransition {
  return {
    id: row.id,
    programmeId: row.programme_id,
    from: row.from_phase,
    to: row.to_phase,
    reason: row.reason ?? undefined,
    movedBy: row.moved_by,
    movedAt: row.moved_at,
  };
}
