import { LoggerService } from '@backstage/backend-plugin-api';
import { addWeeks, weekStart } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { DatabasePortfolioSnapshotStore } from '../database/DatabasePortfolioSnapshotStore';
import type { PortfolioSnapshotRow } from '../database/PortfolioSnapshotStore';
import { claim } from './seedDemoData';

const SNAPSHOTS_SEEDED_KEY = 'demo-snapshots-seeded';

type PublishedReview = {
  programme_id: string;
  process: string;
  review_date: string;
  level: number | null;
  published_at: string | null;
};

/**
 * The level of each process as the published reviews left it by `before`
 * (an ISO date, exclusive): the level of its latest review held before
 * then (the latest published on the same day), or null when none was.
 */
function levelsBefore(
  reviews: readonly PublishedReview[],
  programmeId: string,
  before: string,
): Map<string, number | null> {
  const levels = new Map<string, number | null>();
  const held = reviews
    .filter(r => r.programme_id === programmeId && r.review_date < before)
    .sort((a, b) =>
      a.review_date === b.review_date
        ? (a.published_at ?? '').localeCompare(b.published_at ?? '')
        : a.review_date.localeCompare(b.review_date),
    );
  for (const review of held) levels.set(review.process, review.level);
  return levels;
}

/**
 * Writes the demo portfolio's history once: a snapshot of each of the
 * `weeks` weeks before the week of `now`, for every programme that is not
 * archived, with its current status except the levels, which are what its
 * published reviews (by review date) had reached by the end of that week.
 * The demo programmes are new rows whose reviews carry earlier dates, so
 * this is the history their reviews tell; the rest of the status (targets,
 * score, readiness) is today's. Claimed once in `csip_meta`, in the same
 * transaction; rows already there are kept.
 *
 * @returns how many snapshot rows it wrote
 * @internal
 */
export async function seedDemoSnapshots(options: {
  knex: Knex;
  logger?: LoggerService;
  now?: Date;
  weeks?: number;
}): Promise<number> {
  const { knex } = options;
  const weeks = options.weeks ?? 8;
  const thisWeek = weekStart(options.now ?? new Date());
  const seeded = await knex('csip_meta')
    .where({ key: SNAPSHOTS_SEEDED_KEY })
    .first();
  if (seeded) return 0;

  const written = await knex.transaction(async tx => {
    if (!(await claim(tx, SNAPSHOTS_SEEDED_KEY))) return 0;
    const store = new DatabasePortfolioSnapshotStore(tx);
    // The demo portfolio is small: one page holds it.
    const current = await store.currentStatusPage({ limit: 1000 });
    const reviews: PublishedReview[] = await tx('csip_reviews')
      .where({ state: 'published' })
      .select(
        'programme_id',
        'process',
        'review_date',
        'level',
        'published_at',
      );
    const rows: PortfolioSnapshotRow[] = [];
    for (let back = weeks; back >= 1; back--) {
      const week = addWeeks(thisWeek, -back);
      const end = addWeeks(week, 1);
      for (const programme of current) {
        const levels = levelsBefore(reviews, programme.programmeId, end);
        rows.push({
          ...programme,
          week,
          status: {
            ...programme.status,
            levels: programme.status.levels.map(l => ({
              ...l,
              level: levels.get(l.process) ?? null,
            })),
          },
        });
      }
    }
    await store.putSnapshots(rows, { existing: 'keep' });
    return rows.length;
  });
  if (written) {
    options.logger?.info(
      `Wrote ${written} demo portfolio snapshots for the ${weeks} weeks before ${thisWeek}`,
    );
  }
  return written;
}
