import type { HistoryReview } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import type { ReviewRow } from './rows/reviewRows';

/*
 * The queries behind a programme's review history. None reads a review's
 * JSON content (but for each process's latest ratings, when asked): the
 * counts are taken on ranges of csip_reviews_history_idx, and each
 * process's latest reviews are read newest first on the same index, a
 * fixed number of rows however long the history is.
 */

/** @internal */
export type Db = Knex | Knex.Transaction;

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

/** `r` is not amended: no published amendment names it (on csip_reviews_amends_uniq). @internal */
export const NOT_AMENDED_SQL =
  "NOT EXISTS (SELECT 1 FROM csip_reviews a WHERE a.amends = r.id AND a.state = 'published')";

/**
 * Newest first: by date, then publication time, then oldest created first,
 * the reverse of `effectiveReviews`. @internal
 */
export const NEWEST_FIRST_SQL =
  "r.review_date DESC, COALESCE(r.published_at, '') DESC, r.created_at ASC, r.id ASC";

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
    .whereRaw(NOT_AMENDED_SQL);
}

/** Orders a query of `csip_reviews as r` by {@link NEWEST_FIRST_SQL}. @internal */
export function newestFirst<Q extends Knex.QueryBuilder>(query: Q): Q {
  return query.orderByRaw(NEWEST_FIRST_SQL) as Q;
}

/** @internal */
export const rowsOf = <T>(result: T[] | { rows: T[] }): T[] =>
  Array.isArray(result) ? result : result.rows;

/** @internal */
export const placeholders = (n: number) => Array(n).fill('?').join(', ');

/** `items` in chunks of `size`. @internal */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}
