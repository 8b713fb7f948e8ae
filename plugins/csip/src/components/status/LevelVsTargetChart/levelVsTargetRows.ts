import type { MaturityView } from '@csip-coach/plugin-csip-common';

/**
 * One process on a level-against-target chart: its current level and
 * target, each null when not known (not reviewed yet, not in scope).
 *
 * @internal
 */
export type LevelVsTargetRow = {
  /** The process id, such as `change`. */
  process: string;
  /** The process's display name from the maturity model, when known. */
  name?: string;
  level: number | null;
  target: number | null;
};

/**
 * The processes of a maturity view worth showing: those in scope and those
 * already reviewed.
 *
 * @internal
 */
export function levelVsTargetRows(view: MaturityView): LevelVsTargetRow[] {
  return view.processes
    .filter(p => p.inScope || p.level !== null)
    .map(({ process, name, level, target }) => ({
      process,
      name,
      level,
      target,
    }));
}

/** Whether the process is at or above its target. */
export const targetReached = ({ level, target }: LevelVsTargetRow) =>
  level !== null && target !== null && level >= target;
