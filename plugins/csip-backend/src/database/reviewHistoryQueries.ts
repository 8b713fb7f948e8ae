import type {
  HistoryReview,
  ProcessHistory,
  ReviewHistory,
  ReviewRating,
} from '@csip-coach/plugin-csip-common';
import {
  countRanBy as sharedCountRanBy,
  HISTORY_KEEP,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import type { ReviewRow } from './rows/reviewRows';

/*
 * The queries behind a programme's review history. None reads a review's
 * JSON content (but for each process's latest ratings, when asked): the
 * counts are taken on ranges of csip_reviews_history_idx, and each
 * process's latest reviews are read newest first on the same index, a
 * fixed number of rows however long the history is.
 */

type Db = Knex | Knex.Transaction;

/** The columns of a review a history keeps. @internal */
export const HISTORY_COLUMNS = [
  'r.id',
  'r.process',
  'r.review_date',
  'r.published_at',
  'r.created_at',
  'r.level',
  'r.led_by',
  'r.author',
] as const;

/** @internal */
export type HistoryRow = Pick<
  ReviewRow,
  | 'id'
  | 'process'
  | 'review_date'
  | 'published_at'
  | 'created_at'
  | 'level'
  | 'led_by'
  | 'author'
>;

/** @internal */
export const toHistoryReview = (row: HistoryRow): HistoryReview => ({
  id: row.id,
  process: row.process,
  date: row.review_date,
  ...(row.published_at && { publishedAt: row.published_at }),
  createdAt: row.created_at,
  level: row.level === null ? null : Number(row.level),
  ledBy: row.led_by ?? 'coach',
  author: row.author,
});

/** `r` is amended: a published amendment names it (on csip_reviews_amends_uniq). */
function amended(db: Db) {
  return db('csip_reviews as a')
    .select(db.raw('1'))
    .whereRaw('?? = ??', ['a.amends', 'r.id'])
    .andWhere('a.state', 'published');
}

/**
 * The published reviews of one process that count (amended ones give way
 * to their amendment); {@link newestFirst} orders them.
 *
 * @internal
 */
export function countedOfProcess(db: Db, programmeId: string, process: string) {
  return db('csip_reviews as r')
    .where({
      'r.programme_id': programmeId,
      'r.process': process,
      'r.state': 'published',
    })
    .whereNotExists(amended(db));
}

/**
 * Newest first: by date, then publication time, then oldest created first,
 * the reverse of `effectiveReviews`.
 *
 * @internal
 */
export function newestFirst<Q extends Knex.QueryBuilder>(query: Q): Q {
  return query
    .orderBy('r.review_date', 'desc')
    .orderByRaw("COALESCE(??, '') DESC", ['r.published_at'])
    .orderBy('r.created_at', 'asc')
    .orderBy('r.id', 'asc') as Q;
}

type CountRow = {
  process: string;
  published: number | string;
  drafts: number | string;
  amendments: number | string;
  newest_published: string | null;
  newest_draft: string | null;
  last_team_on: string | null;
};

/** One count a scalar subquery per process takes on csip_reviews_history_idx. */
const perProcess = (select: string, where: string, tail = '') =>
  `(SELECT ${select} FROM csip_reviews r WHERE r.programme_id = :id AND r.process = p.process AND ${where}${tail})`;

/**
 * Per process that has reviews (found by a loose walk of the index, one
 * step per process): its published reviews, drafts and amendments counted
 * on index ranges, its newest review by date and creation time, and the
 * date of its latest team-led review that counts. One statement, whose
 * cost hardly grows with the history.
 */
const COUNTS_SQL = `WITH RECURSIVE p(process) AS (
  SELECT MIN(process) FROM csip_reviews WHERE programme_id = :id
  UNION ALL
  SELECT (SELECT MIN(r.process) FROM csip_reviews r WHERE r.programme_id = :id AND r.process > p.process)
  FROM p WHERE p.process IS NOT NULL
)
SELECT p.process,
  ${perProcess('COUNT(*)', "r.state = 'published'")} AS published,
  ${perProcess('COUNT(*)', "r.state = 'draft'")} AS drafts,
  ${perProcess(
    'COUNT(*)',
    "r.state = 'published' AND r.amends IS NOT NULL",
  )} AS amendments,
  ${perProcess(
    "r.review_date || ' ' || r.created_at",
    "r.state = 'published'",
    ' ORDER BY r.review_date DESC, r.created_at DESC LIMIT 1',
  )} AS newest_published,
  ${perProcess(
    "r.review_date || ' ' || r.created_at",
    "r.state = 'draft'",
    ' ORDER BY r.review_date DESC, r.created_at DESC LIMIT 1',
  )} AS newest_draft,
  ${perProcess(
    'r.review_date',
    "r.state = 'published' AND r.led_by = 'team' AND NOT EXISTS (SELECT 1 FROM csip_reviews a WHERE a.amends = r.id AND a.state = 'published')",
    ' ORDER BY r.review_date DESC LIMIT 1',
  )} AS last_team_on
FROM p WHERE p.process IS NOT NULL`;

const rowsOf = <T>(result: T[] | { rows: T[] }): T[] =>
  Array.isArray(result) ? result : result.rows;

type Counts = {
  process: string;
  published: number;
  drafts: number;
  newest: string;
  lastTeamOn: string | null;
};

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
    ? `LOWER(r.author) IN (${refs.map(() => '?').join(', ')})`
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
 * The counts of a programme's reviews per process ({@link COUNTS_SQL}),
 * and with `coaches` who ran the published ones ({@link countRanBy}); the
 * published reviews that amendments replace are taken off both (read only
 * where there are amendments).
 */
async function countReviews(
  db: Db,
  programmeId: string,
  options: { coaches?: readonly string[] },
): Promise<{ counts: Counts[]; ranBy?: ReviewHistory['ranBy'] }> {
  const rows = rowsOf<CountRow>(await db.raw(COUNTS_SQL, { id: programmeId }));
  const counts = rows.map(row => ({
    process: row.process,
    published: Number(row.published),
    drafts: Number(row.drafts),
    amendments: Number(row.amendments),
    newest: [row.newest_published ?? '', row.newest_draft ?? ''].sort()[1],
    lastTeamOn: row.last_team_on,
  }));
  const ranBy = options.coaches
    ? await countRanBy(db, programmeId, options.coaches)
    : undefined;
  const amending = counts.filter(c => c.amendments > 0).map(c => c.process);
  const replaced: Pick<ReviewRow, 'process' | 'led_by' | 'author'>[] =
    amending.length
      ? await db('csip_reviews as a')
          .join('csip_reviews as o', 'o.id', 'a.amends')
          .where({
            'a.programme_id': programmeId,
            'a.state': 'published',
            'o.state': 'published',
          })
          .whereIn('a.process', amending)
          .whereNotNull('a.amends')
          .select('o.process', 'o.led_by', 'o.author')
      : [];
  for (const o of replaced) {
    const count = counts.find(c => c.process === o.process);
    if (count) count.published -= 1;
  }
  if (ranBy && options.coaches) {
    const gone = sharedCountRanBy(
      replaced.map(o => ({ author: o.author, ledBy: o.led_by ?? 'coach' })),
      options.coaches,
    );
    ranBy.coach -= gone.coach;
    ranBy.team -= gone.team;
  }
  return { counts, ranBy };
}

/**
 * The {@link ReviewHistory} of a programme: the grouped counts of its
 * reviews ({@link countReviews}), then each process's latest `keep`
 * counted reviews (with `ratings`, the latest one's ratings read from its
 * content).
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
  const keep = options.keep ?? HISTORY_KEEP;
  const { counts, ranBy } = await countReviews(db, programmeId, options);
  // As a list by date and creation time, newest first, meets them.
  counts.sort((a, b) => b.newest.localeCompare(a.newest));

  const processes: ProcessHistory[] = [];
  // One query at a time: inside a transaction they share one connection.
  for (const count of counts) {
    const rows: Array<HistoryRow & { content?: string }> = count.published
      ? await newestFirst(
          countedOfProcess(db, programmeId, count.process).select([
            ...HISTORY_COLUMNS,
            ...(options.ratings ? ['r.content'] : []),
          ]),
        ).limit(keep)
      : [];
    processes.push({
      process: count.process,
      recent: [...rows].reverse().map(toHistoryReview),
      published: count.published,
      drafts: count.drafts,
      ...(rows[0]?.content && {
        latestRatings: (
          JSON.parse(rows[0].content) as { ratings: ReviewRating[] }
        ).ratings,
      }),
    });
  }
  const teamDates = counts
    .flatMap(c => (c.lastTeamOn ? [c.lastTeamOn] : []))
    .sort();
  return {
    processes,
    ...(ranBy && { ranBy }),
    lastTeamReviewOn: teamDates.length ? teamDates[teamDates.length - 1] : null,
  };
}
