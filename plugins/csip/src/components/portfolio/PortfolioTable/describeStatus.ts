import {
  SUMMIT_CAMP_NAMES,
  type ProgrammeSummary,
} from '@csip-coach/plugin-csip-common';
import { processName } from '../../../util/labels';
import { describeReadiness as readinessInWords } from '@csip-coach/plugin-csip-common';

type Status = NonNullable<ProgrammeSummary['status']>;
type LevelVsTarget = Status['levels'][number];

/** What a cell shows when the programme's status is not computed yet. */
export const NOT_KNOWN = '–';

/** A process's short name: "Change" for change management, else its id. */
export function shortProcessName(id: string): string {
  return processName(id).replace(/ management$/i, '');
}

/**
 * One process's level against its target, in words: "Change: 2 of 3",
 * "Configuration: not reviewed yet, target 2", "Release: 1, no target".
 */
export function describeLevelLine({
  process,
  level,
  target,
}: LevelVsTarget): string {
  const name = shortProcessName(process);
  if (level === null && target === null) return `${name}: not reviewed yet`;
  if (level === null) return `${name}: not reviewed yet, target ${target}`;
  if (target === null) return `${name}: ${level}, no target`;
  return `${name}: ${level} of ${target}`;
}

/** How far up the mountain: "60% (Camp 2)", or "No targets set". */
export function describeSummit(status: Status): string {
  if (status.summitPercent === null) return 'No targets set';
  return `${status.summitPercent}% (${SUMMIT_CAMP_NAMES[status.summitCamp]})`;
}

/** The knowledge-transfer score as a whole percentage: "45%". */
export function describeScore(status: Status): string {
  return `${Math.round(status.score)}%`;
}

/** Exit readiness in words: "Ready", "Not ready: 2 blockers". */
export function describeReadiness(status: Status): string {
  return readinessInWords(status);
}

/** Overdue actions in words: "3 overdue", "None", or unknown. */
export function describeOverdue(count: number | undefined): string {
  if (count === undefined) return NOT_KNOWN;
  return count > 0 ? `${count} overdue` : 'None';
}
