import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { findProgrammesNeedingStatus } from '../database/staleStatus';

const yieldToEventLoop = () =>
  new Promise<void>(resolve => setImmediate(resolve));

/**
 * Recomputes the portfolio status of every programme whose status row is
 * missing or older than the programme's last change (a crash between a
 * change and its status, a status that failed to compute, programmes from
 * before the status existed). Walks the programmes in id order, one page of
 * `batch` at a time, so memory stays bounded, and yields to the event loop
 * between pages; each programme is visited at most once per run (rows that
 * become stale behind the walk are the next run's). Stops early when
 * `signal` aborts (the scheduler's timeout or shut-down).
 *
 * @returns how many programmes it refreshed
 * @internal
 */
export async function backfillProgrammeStatus(options: {
  knex: Knex;
  refresh: (programmeId: string) => Promise<void>;
  signal?: AbortSignal;
  batch?: number;
  logger?: LoggerService;
}): Promise<number> {
  const { knex, refresh, signal, logger } = options;
  const batch = options.batch ?? 100;
  let after: string | undefined;
  let refreshed = 0;
  while (!signal?.aborted) {
    const ids = await findProgrammesNeedingStatus(knex, {
      limit: batch,
      after,
    });
    for (const id of ids) {
      if (signal?.aborted) break;
      await refresh(id);
      refreshed++;
    }
    if (ids.length < batch) break;
    after = ids[ids.length - 1];
    await yieldToEventLoop();
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
