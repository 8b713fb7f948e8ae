import { setImmediate } from 'node:timers/promises';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { findProgrammesNeedingStatus } from '../database/staleStatus';

/**
 * Recomputes the portfolio status of every programme whose status row is
 * missing or older than the programme's last change (a crash between a
 * change and its status, a status that failed to compute, programmes from
 * before the status existed). Walks the programmes in id order, one page of
 * `batch` at a time, so memory stays bounded, and yields to the event loop
 * between pages; each programme is visited at most once per run (rows that
 * become stale behind the walk are the next run's). `refresh` gets up to
 * `together` programmes at a time, to recompute in one transaction: one
 * commit and one transaction's allocations for all of them (a transaction
 * per programme was most of the backfill's time on PostgreSQL and most of
 * what it left for the garbage collector). Stops early, between chunks,
 * when `signal` aborts (the scheduler's timeout or shut-down).
 *
 * @returns how many programmes it refreshed
 * @internal
 */
export async function backfillProgrammeStatus(options: {
  knex: Knex;
  refresh: (programmeIds: readonly string[]) => Promise<void>;
  signal?: AbortSignal;
  batch?: number;
  together?: number;
  logger?: LoggerService;
}): Promise<number> {
  const { knex, refresh, signal, logger } = options;
  const batch = options.batch ?? 100;
  const together = options.together ?? 20;
  let after: string | undefined;
  let refreshed = 0;
  while (!signal?.aborted) {
    const ids = await findProgrammesNeedingStatus(knex, {
      limit: batch,
      after,
    });
    for (let at = 0; at < ids.length && !signal?.aborted; at += together) {
      const chunk = ids.slice(at, at + together);
      await refresh(chunk);
      refreshed += chunk.length;
    }
    if (ids.length < batch) break;
    after = ids[ids.length - 1];
    await setImmediate();
  }
  if (refreshed > 0) {
    logger?.info(
      `Recomputed the portfolio status of ${refreshed} programmes (missing or stale)${
        signal?.aborted ? '; stopped early, the next run continues' : ''
      }`,
    );
  }
  return refreshed;
}
