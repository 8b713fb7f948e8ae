import { LoggerService } from '@backstage/backend-plugin-api';
import type { ProgrammeWriter } from './ProgrammeWriter';

/**
 * Recomputes a programme's derived status for the portfolio outside any
 * other change (writes recompute it inside their own transaction): for the
 * start-up backfill of programmes whose status is missing or older than
 * their last change. Takes the programme's lock like any write, so it never
 * overwrites a newer status. Best effort: a failure is logged.
 *
 * @internal
 */
export function createStatusRefresher(options: {
  writer: ProgrammeWriter;
  logger?: LoggerService;
}) {
  const { writer, logger } = options;

  async function refresh(programmeId: string): Promise<void> {
    try {
      // Nothing changes, so the programme as locked is the one to compute from.
      await writer.write(programmeId, async () => undefined, {
        touch: false,
        keepsProgramme: true,
      });
    } catch (error) {
      logger?.warn(
        `Could not refresh the portfolio status of programme ${programmeId}: ${error}`,
      );
    }
  }

  /**
   * Refreshes several programmes in one transaction (the backfill's
   * chunks). When that fails, each is refreshed alone, so one programme
   * whose status cannot be computed is logged and the others still are.
   */
  async function refreshMany(programmeIds: readonly string[]): Promise<void> {
    try {
      await writer.refreshTogether(programmeIds);
    } catch {
      for (const id of programmeIds) await refresh(id);
    }
  }

  return { refresh, refreshMany };
}

/** @internal */
export type StatusRefresher = ReturnType<typeof createStatusRefresher>;
