import type { HistoryReview } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import {
  countedOfProcess,
  HISTORY_COLUMNS,
  HistoryRow,
  newestFirst,
  toHistoryReview,
} from './reviewHistoryQueries';

/**
 * A page of one process's trend: the `limit` counted published reviews
 * before the review `before` (newest first; without it, the latest), how
 * many there are in all, and whether older ones remain. Undefined when
 * `before` is not a counted published review of the process.
 *
 * @internal
 */
export async function readTrendPage(
  db: Knex | Knex.Transaction,
  programmeId: string,
  process: string,
  options: { before?: string; limit: number },
): Promise<
  { items: HistoryReview[]; total: number; more: boolean } | undefined
> {
  let query = newestFirst(
    countedOfProcess(db, programmeId, process).select(HISTORY_COLUMNS),
  );
  if (options.before) {
    const anchor: HistoryRow | undefined = await countedOfProcess(
      db,
      programmeId,
      process,
    )
      .where('r.id', options.before)
      .first(HISTORY_COLUMNS);
    if (!anchor) return undefined;
    const date = anchor.review_date;
    const published = anchor.published_at ?? '';
    const publishedAt = (op: '<' | '=') =>
      [`COALESCE(r.published_at, '') ${op} ?`, [published]] as const;
    // After the anchor in the newest-first order.
    query = query.where(q =>
      q
        .where('r.review_date', '<', date)
        .orWhere(q1 =>
          q1
            .where('r.review_date', date)
            .andWhere(q2 =>
              q2
                .whereRaw(...publishedAt('<'))
                .orWhere(q3 =>
                  q3
                    .whereRaw(...publishedAt('='))
                    .andWhere(q4 =>
                      q4
                        .where('r.created_at', '>', anchor.created_at)
                        .orWhere(q5 =>
                          q5
                            .where('r.created_at', anchor.created_at)
                            .andWhere('r.id', '>', anchor.id),
                        ),
                    ),
                ),
            ),
        ),
    );
  }
  const rows: HistoryRow[] = await query.limit(options.limit + 1);
  const [{ n }] = await countedOfProcess(db, programmeId, process).count({
    n: '*',
  });
  return {
    items: rows.slice(0, options.limit).map(toHistoryReview),
    total: Number(n),
    more: rows.length > options.limit,
  };
}
