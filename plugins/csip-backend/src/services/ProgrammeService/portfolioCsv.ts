import {
  APPROACH_NAMES,
  CLOSURE_VERDICT_LABELS,
  MaturityModel,
  PHASE_NAMES,
  SCOPE_STATUS_NAMES,
  ProgrammeSummary,
  SUMMIT_CAMP_NAMES,
} from '@csip-coach/plugin-csip-common';
import stringify from 'csv-stringify/lib/sync';
import { refName } from '../CatalogRefValidator';

function levelVsTarget(l: { level: number | null; target: number | null }) {
  if (l.level === null) {
    return l.target === null
      ? 'not reviewed yet'
      : `not reviewed yet, target ${l.target}`;
  }
  return l.target === null
    ? `${l.level}, no target`
    : `${l.level} of ${l.target}`;
}

function describeReadiness(status: ProgrammeSummary['status']): string {
  if (!status) return '';
  return status.ready ? 'Ready' : `Not ready (${status.blockers} blockers)`;
}

/** What a spreadsheet may read as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet shows as text: one that begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading single quote, as
 * OWASP recommends against CSV injection, so `=HYPERLINK(…)` in a title is
 * never run as a formula. Numbers are left alone.
 *
 * @internal
 */
export function escapeCsvCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value)
    ? `'${value}`
    : value;
}

/**
 * The portfolio as CSV, one row per programme, with the figures in words a
 * spreadsheet reader understands. The owner comes twice: as its entity ref
 * (for tools) and by name from `ownerNames` (for people; the ref's name
 * when it has none). Text cells are escaped against formula injection
 * ({@link escapeCsvCell}).
 *
 * @internal
 */
export function portfolioCsv(
  items: ProgrammeSummary[],
  model: MaturityModel,
  ownerNames: ReadonlyMap<string, string> = new Map(),
): string {
  const processName = (id: string) =>
    model.processes.find(p => p.id === id)?.name ?? id;
  const escaped = (row: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, escapeCsvCell(value)]),
    );
  return stringify(
    items.map(p =>
      escaped({
        id: p.id,
        title: p.title,
        owner: p.ownerRef,
        ownerName: ownerNames.get(p.ownerRef) ?? refName(p.ownerRef),
        phase: PHASE_NAMES[p.phase],
        approach: p.approach ? APPROACH_NAMES[p.approach] : 'Not decided',
        scope: p.status ? SCOPE_STATUS_NAMES[p.status.scopeStatus] : '',
        levels: (p.status?.levels ?? [])
          .map(l => `${processName(l.process)}: ${levelVsTarget(l)}`)
          .join('; '),
        summit:
          p.status?.summitPercent === null || !p.status
            ? ''
            : p.status.summitPercent,
        camp: p.status ? SUMMIT_CAMP_NAMES[p.status.summitCamp] : '',
        score: p.status?.score ?? '',
        readiness: describeReadiness(p.status),
        overdue: p.overdueActions ?? 0,
        archived: p.archived ? 'yes' : 'no',
        verdict: p.verdict ? CLOSURE_VERDICT_LABELS[p.verdict] : '',
        updated: p.updatedAt,
      }),
    ),
    {
      header: true,
      columns: [
        { key: 'id', header: 'Id' },
        { key: 'title', header: 'Title' },
        { key: 'owner', header: 'Owner' },
        { key: 'ownerName', header: 'Owner name' },
        { key: 'phase', header: 'Phase' },
        { key: 'approach', header: 'Approach' },
        { key: 'scope', header: 'Scope status' },
        { key: 'levels', header: 'Levels vs targets' },
        { key: 'summit', header: 'Summit progress %' },
        { key: 'camp', header: 'Summit camp' },
        { key: 'score', header: 'Knowledge-transfer score %' },
        { key: 'readiness', header: 'Exit readiness' },
        { key: 'overdue', header: 'Overdue actions' },
        { key: 'archived', header: 'Archived' },
        { key: 'verdict', header: 'Verdict' },
        { key: 'updated', header: 'Updated' },
      ],
    },
  );
}
