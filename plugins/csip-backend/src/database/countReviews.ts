import {
  chunked,
  type Db,
  NOT_AMENDED_SQL,
  placeholders,
  rowsOf,
} from './reviewHistoryQueries';
import type { ReviewRow } from './rows/reviewRows';

/** Ids per statement. */
const IDS_PER_STATEMENT = 500;

type CountRow = {
  programme_id: string;
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
  `(SELECT ${select} FROM csip_reviews r WHERE r.programme_id = p.programme_id AND r.process = p.process AND ${where}${tail})`;

/**
 * Per programme of the ids bound, per process that has reviews (found by a
 * loose walk of the index, one step per process): its published reviews,
 * drafts and amendments counted on index ranges, its newest review by date
 * and creation time, and the date of its latest team-led review that
 * counts.
 */
const countsSql = (ids: number) => `WITH RECURSIVE p(programme_id, process) AS (
  SELECT g.id, (SELECT MIN(r.process) FROM csip_reviews r WHERE r.programme_id = g.id)
  FROM csip_programmes g WHERE g.id IN (${placeholders(ids)})
  UNION ALL
  SELECT p.programme_id, (SELECT MIN(r.process) FROM csip_reviews r WHERE r.programme_id = p.programme_id AND r.process > p.process)
  FROM p WHERE p.process IS NOT NULL
)
SELECT p.programme_id, p.process,
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
    `r.state = 'published' AND r.led_by = 'team' AND ${NOT_AMENDED_SQL}`,
    ' ORDER BY r.review_date DESC LIMIT 1',
  )} AS last_team_on
FROM p WHERE p.process IS NOT NULL`;

/** @internal */
export type Counts = {
  process: string;
  published: number;
  drafts: number;
  amendments: number;
  newest: string;
  lastTeamOn: string | null;
};

/** @internal */
export type Replaced = Pick<ReviewRow, 'process' | 'led_by' | 'author'>;

/** @internal */
export type ProgrammeCounts = { counts: Counts[]; replaced: Replaced[] };

/**
 * The counts of each programme's reviews per process ({@link countsSql}),
 * the published reviews that amendments replace taken off them (read only
 * for programmes with amendments), and those replaced reviews.
 *
 * @internal
 */
export async function countReviews(
  db: Db,
  programmeIds: readonly string[],
): Promise<Map<string, ProgrammeCounts>> {
  const result = new Map<string, ProgrammeCounts>(
    programmeIds.map(id => [id, { counts: [], replaced: [] }]),
  );
  for (const ids of chunked(programmeIds, IDS_PER_STATEMENT)) {
    for (const row of rowsOf<CountRow>(
      await db.raw(countsSql(ids.length), ids),
    )) {
      result.get(row.programme_id)?.counts.push({
        process: row.process,
        published: Number(row.published),
        drafts: Number(row.drafts),
        amendments: Number(row.amendments),
        newest: [row.newest_published ?? '', row.newest_draft ?? ''].sort()[1],
        lastTeamOn: row.last_team_on,
      });
    }
  }
  const amending = [...result]
    .filter(([, c]) => c.counts.some(count => count.amendments > 0))
    .map(([id]) => id);
  for (const ids of chunked(amending, IDS_PER_STATEMENT)) {
    const rows: Array<Replaced & { programme_id: string }> = await db(
      'csip_reviews as a',
    )
      .join('csip_reviews as o', 'o.id', 'a.amends')
      .whereIn('a.programme_id', ids)
      .where({ 'a.state': 'published', 'o.state': 'published' })
      .whereNotNull('a.amends')
      .select('a.programme_id', 'o.process', 'o.led_by', 'o.author');
    for (const row of rows) {
      const counted = result.get(row.programme_id);
      const count = counted?.counts.find(c => c.process === row.process);
      if (count) count.published -= 1;
      counted?.replaced.push(row);
    }
  }
  return result;
}
