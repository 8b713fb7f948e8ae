import type { ProgrammeSummary } from '../programme/programmeSchema';
import type {
  PortfolioRollup,
  RollupCell,
  RollupGroup,
  RollupWeek,
} from './portfolioRollupSchema';

/**
 * A group of the catalog as the roll-up needs it: its ref, the name people
 * see and the ref of its parent group (null at the top).
 *
 * @public
 */
export type RollupCatalogGroup = {
  ref: string;
  title: string;
  parentRef: string | null;
};

/**
 * The part of a programme's portfolio status that the roll-up reads.
 *
 * @public
 */
export type RollupStatus = Pick<
  NonNullable<ProgrammeSummary['status']>,
  'levels' | 'ready' | 'score'
>;

/**
 * A programme as the roll-up counts it: who owns it and its status (absent
 * while it has not been computed yet).
 *
 * @public
 */
export type RollupProgramme = {
  ownerRef: string;
  status?: RollupStatus;
};

/**
 * What {@link rollUpPortfolio} returns: the rows and the programmes left
 * over, as in `GET /portfolio/rollup`, and which owners are in scope of the
 * chosen group (for its history).
 *
 * @public
 */
export type PortfolioRollupResult = Pick<
  PortfolioRollup,
  'group' | 'groups' | 'unassigned'
> & {
  /**
   * The owners (lower case refs) whose programmes are under the chosen
   * group: it and every group below it; undefined at the top level, where
   * every owner is.
   */
  ownerKeys?: Set<string>;
};

/** Refs are compared as the catalog does: ignoring case. */
const key = (ref: string) => ref.toLocaleLowerCase('en-US');

/** Rounds to one decimal; null for no values. */
function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.round((sum / values.length) * 10) / 10;
}

/** The groups below each group (by lower-case ref). */
function childrenByParent(
  groups: readonly RollupCatalogGroup[],
): Map<string, RollupCatalogGroup[]> {
  const children = new Map<string, RollupCatalogGroup[]>();
  for (const group of groups) {
    if (!group.parentRef) continue;
    const parent = key(group.parentRef);
    if (parent === key(group.ref)) continue;
    children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  return children;
}

/**
 * The lower-case refs of `ref` and every group below it, never entering
 * `exclude` (so a cycle in the catalog's parents ends).
 */
function subtree(
  ref: string,
  children: Map<string, RollupCatalogGroup[]>,
  exclude: ReadonlySet<string> = new Set(),
): Set<string> {
  const seen = new Set<string>();
  const queue = [key(ref)];
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next) || exclude.has(next)) continue;
    seen.add(next);
    for (const child of children.get(next) ?? []) queue.push(key(child.ref));
  }
  return seen;
}

/**
 * One heat map cell: the programmes that have `process` in their status,
 * how many are rated, their mean level and target, and how many are at
 * target.
 */
function cellOf(process: string, statuses: RollupStatus[]): RollupCell {
  const entries = statuses.flatMap(s =>
    s.levels.filter(l => l.process === process),
  );
  const rated = entries.filter(e => e.level !== null);
  return {
    process,
    programmes: entries.length,
    rated: rated.length,
    meanLevel: mean(rated.map(e => e.level!)),
    meanTarget: mean(
      entries.filter(e => e.target !== null).map(e => e.target!),
    ),
    atTarget: rated.filter(e => e.target !== null && e.level! >= e.target)
      .length,
  };
}

function rowOf(
  group: RollupCatalogGroup,
  hasChildren: boolean,
  programmes: RollupProgramme[],
  processes: readonly string[],
): RollupGroup {
  const statuses = programmes.flatMap(p => (p.status ? [p.status] : []));
  return {
    groupRef: group.ref,
    title: group.title,
    hasChildren,
    programmes: programmes.length,
    ready: statuses.filter(s => s.ready).length,
    meanScore: mean(statuses.map(s => s.score)),
    cells: processes.map(process => cellOf(process, statuses)),
  };
}

/**
 * The portfolio rolled up under a catalog group (or, without one, under the
 * top-level groups): one row per child group, counting every programme owned
 * by that group or by any group below it, with its levels against targets
 * per process (in the model's order) and its readiness. `unassigned` counts
 * the programmes owned by the chosen group itself or, at the top level, by
 * an owner under no top-level group (a system, a group the catalog does not
 * have). Rows are sorted by title. Parents that loop are followed once.
 *
 * @returns undefined when `groupRef` is not one of `groups`
 * @public
 */
export function rollUpPortfolio(options: {
  groups: readonly RollupCatalogGroup[];
  programmes: readonly RollupProgramme[];
  /** The processes of the maturity model, in its order. */
  processes: readonly string[];
  /** The group to roll up under; none for the top level. */
  groupRef?: string | null;
}): PortfolioRollupResult | undefined {
  const { groups, programmes, processes, groupRef } = options;
  const byKey = new Map(groups.map(g => [key(g.ref), g]));
  const children = childrenByParent(groups);
  const chosen = groupRef ? byKey.get(key(groupRef)) : undefined;
  if (groupRef && !chosen) return undefined;

  const rows = chosen
    ? children.get(key(chosen.ref)) ?? []
    : groups.filter(g => !g.parentRef || !byKey.has(key(g.parentRef)));
  const exclude = new Set(chosen ? [key(chosen.ref)] : []);
  const counted = new Set<RollupProgramme>();
  const result = rows
    .map(group => {
      const owners = subtree(group.ref, children, exclude);
      const owned = programmes.filter(p => owners.has(key(p.ownerRef)));
      owned.forEach(p => counted.add(p));
      const hasChildren = (children.get(key(group.ref)) ?? []).some(
        c => !exclude.has(key(c.ref)),
      );
      return rowOf(group, hasChildren, owned, processes);
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'en'));

  const ownerKeys = chosen ? subtree(chosen.ref, children) : undefined;
  const unassigned = chosen
    ? programmes.filter(p => key(p.ownerRef) === key(chosen.ref)).length
    : programmes.filter(p => !counted.has(p)).length;
  return {
    group: chosen
      ? {
          groupRef: chosen.ref,
          title: chosen.title,
          parentRef: chosen.parentRef,
        }
      : null,
    groups: result,
    unassigned,
    ownerKeys,
  };
}

/**
 * The Monday that starts the week (in UTC) of a date or ISO date-time, as an
 * ISO date (`2026-11-30` for any day from that Monday to Sunday 6 December).
 *
 * @public
 */
export function weekStart(date: string | Date): string {
  const day =
    typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? new Date(`${date}T00:00:00Z`)
      : new Date(date);
  if (Number.isNaN(day.getTime())) {
    throw new RangeError(`Not a date: ${String(date)}`);
  }
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const monday = new Date(
    Date.UTC(
      day.getUTCFullYear(),
      day.getUTCMonth(),
      day.getUTCDate() - sinceMonday,
    ),
  );
  return monday.toISOString().slice(0, 10);
}

/**
 * The ISO date `weeks` weeks after the ISO date `date` (before, when
 * negative).
 *
 * @public
 */
export function addWeeks(date: string, weeks: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + weeks * 7);
  return day.toISOString().slice(0, 10);
}

/**
 * One weekly snapshot of a programme's status.
 *
 * @public
 */
export type PortfolioSnapshot = {
  /** The Monday of the week, an ISO date. */
  week: string;
  status: RollupStatus;
};

/**
 * The portfolio week by week from weekly snapshots of the programmes'
 * status, oldest week first: per week, how many programmes, how many ready,
 * how many process-in-programme pairs are rated and at target, and the mean
 * level per process (one decimal, in `processes`' order).
 *
 * @public
 */
export function buildRollupWeeks(
  snapshots: readonly PortfolioSnapshot[],
  processes: readonly string[],
): RollupWeek[] {
  const byWeek = new Map<string, RollupStatus[]>();
  for (const { week, status } of snapshots) {
    byWeek.set(week, [...(byWeek.get(week) ?? []), status]);
  }
  return [...byWeek.keys()].sort().map(week => {
    const statuses = byWeek.get(week)!;
    const levels = statuses.flatMap(s => s.levels);
    const rated = levels.filter(l => l.level !== null);
    return {
      week,
      programmes: statuses.length,
      ready: statuses.filter(s => s.ready).length,
      rated: rated.length,
      atTarget: rated.filter(l => l.target !== null && l.level! >= l.target)
        .length,
      meanLevels: processes.map(process => ({
        process,
        meanLevel: mean(
          rated.filter(l => l.process === process).map(l => l.level!),
        ),
      })),
    };
  });
}
