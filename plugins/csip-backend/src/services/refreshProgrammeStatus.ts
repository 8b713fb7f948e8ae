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
      await writer.write(programmeId, async () => undefined, { touch: false });
    } catch (error) {
      logger?.warn(
        `Could not refresh the portfolio status of programme ${programmeId}: ${error}`,
      );
    }
  }

  return { refresh };
}

/** @internal */
export type StatusRefresher = ReturnType<typeof createStatusRefresher>;
