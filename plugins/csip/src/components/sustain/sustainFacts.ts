import type {
  LevelDrop,
  ProgrammeSummary,
} from '@csip-coach/plugin-csip-common';
import { formatDate } from '../../util/formatDate';
import { processName } from '../../util/labels';
import { levelTitle } from '../status/levelScale';

/**
 * What sustain monitoring says of a programme, from its coaching summary
 * (a `SustainStatus`, with each drop's levels and date) or from the portfolio
 * row's status (only the processes whose level fell).
 *
 * @internal
 */
export type SustainFacts = {
  /** The programme is in `sustain`, where the team runs its own reviews. */
  active: boolean;
  /** How many days apart the team's reviews are; not known from a row. */
  cadenceDays?: number;
  /** When the next team-led review is due. */
  nextDueOn: string | null;
  /** The due date has passed. */
  lapsed: boolean;
  /** Each level that fell, or the process it fell in. */
  levelDrops: ReadonlyArray<LevelDrop | string>;
};

/**
 * The sustain facts of a portfolio row, or none before its status is
 * computed (or by a backend that does not report them yet).
 *
 * @internal
 */
export function sustainFromSummary(
  programme: Pick<ProgrammeSummary, 'phase' | 'status'>,
): SustainFacts | undefined {
  const { status } = programme;
  if (!status || status.sustainLapsed === undefined) return undefined;
  return {
    active: programme.phase === 'sustain',
    nextDueOn: status.sustainDueOn ?? null,
    lapsed: status.sustainLapsed,
    levelDrops: status.levelDrops ?? [],
  };
}

/** Whether there is anything to tell: in sustain, or a level fell. */
export function hasSustainNews(facts?: SustainFacts): facts is SustainFacts {
  return Boolean(facts && (facts.active || facts.levelDrops.length > 0));
}

/**
 * A level that fell, in words: "Change management fell from Established to
 * Managed in the review of 1 Nov 2026.", or, knowing only the process,
 * "Change management fell to a lower level in its latest review."
 */
export function describeLevelDrop(drop: LevelDrop | string): string {
  if (typeof drop === 'string') {
    return `${processName(drop)} fell to a lower level in its latest review.`;
  }
  return `${processName(drop.process)} fell from ${levelTitle(
    drop.from,
  )} to ${levelTitle(drop.to)} in the review of ${formatDate(drop.on)}.`;
}

/**
 * The cadence of the team's own reviews in words: when the next is due,
 * or when it was due and what to do about it.
 */
export function describeCadence(facts: SustainFacts): string {
  const every = facts.cadenceDays
    ? `The team runs its own reviews every ${facts.cadenceDays} days`
    : 'The team runs its own reviews';
  if (!facts.nextDueOn) {
    return `${every}; the first is due once the programme has been in sustain that long.`;
  }
  if (facts.lapsed) {
    return `The team’s review was due on ${formatDate(
      facts.nextDueOn,
    )}. Next step: a lead starts a review led by the team on the Reviews tab.`;
  }
  return `${every}; the next is due on ${formatDate(facts.nextDueOn)}.`;
}
