import type {
  ProcessHistory,
  ReviewHistory,
  ReviewRating,
} from '@csip-coach/plugin-csip-common';
import {
  countRanBy as sharedCountRanBy,
  HISTORY_KEEP,
} from '@csip-coach/plugin-csip-common';
import { countReviews, Replaced } from './countReviews';
import { isPostgres } from './isPostgres';
import {
  chunked,
  Db,
  HISTORY_COLUMNS,
  HistoryRow,
  NEWEST_FIRST_SQL,
  NOT_AMENDED_SQL,
  placeholders,
  rowsOf,
  toHistoryReview,
} from './reviewHistoryQueries';

/*
 * A programme's review history, read for several programmes at once in a
 * fixed number of statements (the status backfill reads 20 together; a
 * write reads one): the counts per process of all of them in one, the
 * published reviews amendments replace in one (only where there are
 * amendments), and every process's latest reviews in one. None reads a
 * review's JSON content (but for each process's latest ratings, when
 * asked), and each count and list is taken on ranges of
 * csip_reviews_history_idx, so the cost hardly grows with the history.
 */

/** Processes per compound SELECT (SQLite allows 500). */
const PROCESSES_PER_STATEMENT = 100;

type RecentRow = HistoryRow & {
  programme_id: string;
  content?: string;
  rn: number | string;
};

/** The latest `keep` counted reviews of the process bound, newest first. */
const latestOfProcess = (
  columns: string,
  programmeId: string,
  process: string,
) =>
  `SELECT ${columns} FROM csip_reviews r WHERE r.programme_id = ${programmeId} AND r.process = ${process} AND r.state = 'published' AND ${NOT_AMENDED_SQL} ORDER BY ${NEWEST_FIRST_SQL} LIMIT ?`;

const NEWEST_FIRST_OF_T = NEWEST_FIRST_SQL.replace(/\br\./g, 't.');

/**
 * The latest `keep` counted reviews of `n` processes, each numbered newest
 * first (`rn`). SQLite: a compound SELECT of one branch per process (it has
 * no LATERAL; a compound keeps no order of its own, hence the numbers).
 * PostgreSQL: a LATERAL join on the processes, planned once; there a
 * compound of 60 branches took longer to plan than to run.
 */
function recentSql(columns: string, n: number, postgres: boolean): string {
  if (postgres) {
    const pairs = Array(n).fill('(?, ?)').join(', ');
    return `SELECT t.*, ROW_NUMBER() OVER (PARTITION BY t.programme_id, t.process ORDER BY ${NEWEST_FIRST_OF_T}) AS rn FROM (VALUES ${pairs}) AS w(programme_id, process) CROSS JOIN LATERAL (${latestOfProcess(
      columns,
      'w.programme_id',
      'w.process',
    )}) t`;
  }
  const branch = `SELECT t.*, ROW_NUMBER() OVER (ORDER BY ${NEWEST_FIRST_OF_T}) AS rn FROM (${latestOfProcess(
    columns,
    '?',
    '?',
  )}) t`;
  return Array(n).fill(branch).join(' UNION ALL ');
}

/** The bindings of {@link recentSql}, in its order. */
function recentBindings(
  part: ReadonlyArray<{ programmeId: string; process: string }>,
  keep: number,
  postgres: boolean,
) {
  return postgres
    ? [...part.flatMap(w => [w.programmeId, w.process]), keep]
    : part.flatMap(w => [w.programmeId, w.process, keep]);
}

const processKey = (programmeId: string, process: string) =>
  `${programmeId}\u0000${process}`;

/**
 * The latest `keep` counted reviews of each process asked for, newest
 * first, in one statement per hundred processes ({@link recentSql}).
 */
async function readRecent(
  db: Db,
  wanted: ReadonlyArray<{ programmeId: string; process: string }>,
  options: { keep: number; ratings: boolean },
): Promise<Map<string, RecentRow[]>> {
  const columns = [
    'r.programme_id',
    ...HISTORY_COLUMNS,
    ...(options.ratings ? ['r.content'] : []),
  ].join(', ');
  const postgres = isPostgres(db);
  const result = new Map<string, RecentRow[]>();
  for (const part of chunked(wanted, PROCESSES_PER_STATEMENT)) {
    const rows = rowsOf<RecentRow>(
      await db.raw(
        recentSql(columns, part.length, postgres),
        recentBindings(part, options.keep, postgres),
      ),
    );
    for (const row of rows) {
      const key = processKey(row.programme_id, row.process);
      const list = result.get(key) ?? [];
      list.push(row);
      result.set(key, list);
    }
  }
  for (const list of result.values()) {
    list.sort((a, b) => Number(a.rn) - Number(b.rn));
  }
  return result;
}

/** A programme's history, with the published reviews amendments replace. */
type HistoryRead = { history: ReviewHistory; replaced: Replaced[] };

async function readHistories(
  db: Db,
  programmeIds: readonly string[],
  options: { keep?: number; ratings?: boolean },
): Promise<Map<string, HistoryRead>> {
  const counted = await countReviews(db, programmeIds);
  const recent = await readRecent(
    db,
    [...counted].flatMap(([programmeId, { counts }]) =>
      counts
        .filter(c => c.published > 0)
        .map(c => ({ programmeId, process: c.process })),
    ),
    { keep: options.keep ?? HISTORY_KEEP, ratings: options.ratings ?? false },
  );
  const result = new Map<string, HistoryRead>();
  for (const [programmeId, { counts, replaced }] of counted) {
    // As a list by date and creation time, newest first, meets them.
    counts.sort((a, b) => b.newest.localeCompare(a.newest));
    const processes: ProcessHistory[] = counts.map(count => {
      const rows = count.published
        ? recent.get(processKey(programmeId, count.process)) ?? []
        : [];
      return {
        process: count.process,
        recent: [...rows].reverse().map(toHistoryReview),
        published: count.published,
        drafts: count.drafts,
        ...(rows[0]?.content && {
          latestRatings: (
            JSON.parse(rows[0].content) as { ratings: ReviewRating[] }
          ).ratings,
        }),
      };
    });
    const teamDates = counts
      .flatMap(c => (c.lastTeamOn ? [c.lastTeamOn] : []))
      .sort();
    result.set(programmeId, {
      history: {
        processes,
        lastTeamReviewOn: teamDates.length
          ? teamDates[teamDates.length - 1]
          : null,
      },
      replaced,
    });
  }
  return result;
}

/**
 * The {@link ReviewHistory} of several programmes, each as
 * {@link readReviewHistory} gives it without `coaches`, in a fixed number
 * of statements however many programmes there are (up to 500 of them).
 *
 * @internal
 */
export async function readReviewHistories(
  db: Db,
  programmeIds: readonly string[],
  options: { keep?: number; ratings?: boolean } = {},
): Promise<Map<string, ReviewHistory>> {
  const read = await readHistories(db, programmeIds, options);
  return new Map([...read].map(([id, { history }]) => [id, history]));
}

/**
 * Who ran the published reviews, for `coaches`: those one of them
 * recorded, and the team-led ones someone else recorded; counted on
 * ranges of csip_reviews_authors_idx (programme, state, how it was led,
 * lower-cased author) in one statement.
 */
async function countRanBy(
  db: Db,
  programmeId: string,
  coaches: readonly string[],
): Promise<{ coach: number; team: number }> {
  const refs = [...new Set(coaches.map(c => c.toLocaleLowerCase('en-US')))];
  const count = (where: string) =>
    `(SELECT COUNT(*) FROM csip_reviews r WHERE r.programme_id = ? AND r.state = 'published' AND ${where})`;
  const byCoach = refs.length
    ? `LOWER(r.author) IN (${placeholders(refs.length)})`
    : '1 = 0';
  const [row] = rowsOf<{
    coach: number | string;
    team: number | string;
    team_by_coach: number | string;
  }>(
    await db.raw(
      `SELECT ${count(
        `r.led_by IN ('coach', 'co-led', 'team') AND ${byCoach}`,
      )} AS coach, ${count("r.led_by = 'team'")} AS team, ${count(
        `r.led_by = 'team' AND ${byCoach}`,
      )} AS team_by_coach`,
      [programmeId, ...refs, programmeId, programmeId, ...refs],
    ),
  );
  return {
    coach: Number(row.coach),
    team: Number(row.team) - Number(row.team_by_coach),
  };
}

/**
 * The {@link ReviewHistory} of a programme: the grouped counts of its
 * reviews, each process's latest `keep` counted reviews (with `ratings`,
 * the latest one's ratings read from its content), and with `coaches` who
 * ran the published ones ({@link countRanBy}), less the reviews
 * amendments replace.
 *
 * @internal
 */
export async function readReviewHistory(
  db: Db,
  programmeId: string,
  options: {
    keep?: number;
    ratings?: boolean;
    coaches?: readonly string[];
  } = {},
): Promise<ReviewHistory> {
  const { history, replaced } = (
    await readHistories(db, [programmeId], options)
  ).get(programmeId)!;
  if (!options.coaches) return history;
  const ranBy = await countRanBy(db, programmeId, options.coaches);
  const gone = sharedCountRanBy(
    replaced.map(o => ({ author: o.author, ledBy: o.led_by ?? 'coach' })),
    options.coaches,
  );
  return {
    ...history,
    ranBy: { coach: ranBy.coach - gone.coach, team: ranBy.team - gone.team },
  };
}
