import { setImmediate } from 'node:timers/promises';
import { LoggerService } from '@backstage/backend-plugin-api';
import { weekStart } from '@csip-coach/plugin-csip-common';
import type { PortfolioSnapshotStore } from '../database/PortfolioSnapshotStore';

/**
 * Takes this week's snapshot of the portfolio: for every programme that is
 * not archived (and has a status row), its current status and owner under
 * the Monday of the week of `now`, replacing the row an earlier run of the
 * same week wrote, so a run is idempotent and the last run of a week wins.
 * Walks the programmes in id order, `batch` at a time, yielding to the
 * event loop between pages; stops early when `signal` aborts.
 *
 * @returns how many snapshot rows it wrote
 * @internal
 */
export async function takePortfolioSnapshot(options: {
  store: PortfolioSnapshotStore;
  now?: Date;
  batch?: number;
  signal?: AbortSignal;
  logger?: LoggerService;
}): Promise<number> {
  const { store, signal } = options;
  const batch = options.batch ?? 100;
  const week = weekStart(options.now ?? new Date());
  let after: string | undefined;
  let written = 0;
  while (!signal?.aborted) {
    const page = await store.currentStatusPage({ limit: batch, after });
    await store.putSnapshots(
      page.map(row => ({ ...row, week })),
      { existing: 'replace' },
    );
    written += page.length;
    if (page.length < batch) break;
    after = page[page.length - 1].programmeId;
    await setImmediate();
  }
  options.logger?.info(
    `Took the portfolio snapshot of the week of ${week}: ${written} programmes${
      signal?.aborted ? '; stopped early, the next run continues' : ''
    }`,
  );
  return written;
}
