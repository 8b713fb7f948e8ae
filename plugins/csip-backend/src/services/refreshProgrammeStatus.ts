import { LoggerService } from '@backstage/backend-plugin-api';
import { summariseMaturity } from '@csip-coach/plugin-csip-common';
import type { Stores } from '../database/createStores';
import { computeHandoverView, HandoverSources } from './HandoverService';
import { computeScopeView } from './ScopeService/computeScopeView';

/**
 * Recomputes a programme's derived status for the portfolio, after any
 * change to it. Best effort: a failure is logged and the next change (or
 * the start-up backfill) tries again.
 *
 * @internal
 */
export function createStatusRefresher(options: {
  stores: Stores;
  sources: HandoverSources;
  logger?: LoggerService;
}) {
  const { stores, sources, logger } = options;

  async function refresh(programmeId: string): Promise<void> {
    try {
      const programme = await stores.programmes.getProgramme(programmeId);
      if (!programme) return;
      const [scope, reviews, handover] = await Promise.all([
        computeScopeView(programme, stores.scopes),
        stores.reviews.listReviews(programmeId),
        computeHandoverView(programme, sources),
      ]);
      const maturity = summariseMaturity({
        processes: sources.model.processes,
        scope,
        reviews,
      });
      await stores.status.upsert(programmeId, {
        scopeStatus: scope.status,
        levels: maturity.processes
          .filter(p => p.inScope || p.level !== null)
          .map(p => ({ process: p.process, level: p.level, target: p.target })),
        score: handover.score,
        ready: handover.readiness.ready,
        blockers: handover.readiness.blockers.length,
        summitPercent: handover.summit.percent,
        summitCamp: handover.summit.camp,
      });
    } catch (error) {
      logger?.warn(
        `Could not refresh the portfolio status of programme ${programmeId}: ${error}`,
      );
    }
  }

  /** Fills in the status of programmes that have none, in batches. */
  async function backfill(batch = 200): Promise<number> {
    const tried = new Set<string>();
    for (;;) {
      const ids = (await stores.status.missing(batch + tried.size)).filter(
        id => !tried.has(id),
      );
      if (ids.length === 0) return tried.size;
      for (const id of ids) {
        tried.add(id);
        await refresh(id);
      }
    }
  }

  return { refresh, backfill };
}

/** @internal */
export type StatusRefresher = ReturnType<typeof createStatusRefresher>;
