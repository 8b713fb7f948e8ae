import { effectiveReviews } from '../review/effectiveReviews';
import type { AdviceResponseValue } from './adviceSchema';
import { checkSustain, type SustainReview } from './checkSustain';
import {
  COACHING_MIX_TARGET,
  type CoachingSummary,
} from './coachingSummarySchema';
import type { FollowUpOutcomeValue } from './followUpSchema';
import { isFollowUpDue } from './isFollowUpDue';
import type { MomentKind } from './momentSchema';
import type { ProgrammePhase } from '../programme/programmeSchema';

/**
 * The coaching summary of one programme from its moments, follow-ups, the
 * latest response to each suggestion (undefined: none yet) and its reviews.
 *
 * @public
 */
export function summariseCoaching(options: {
  moments: ReadonlyArray<{ kind: MomentKind }>;
  followUps: ReadonlyArray<{
    followUpOn: string;
    outcome?: FollowUpOutcomeValue;
  }>;
  adviceResponses: ReadonlyArray<AdviceResponseValue | undefined>;
  reviews: readonly SustainReview[];
  phase: ProgrammePhase;
  sustainSince?: string | null;
  cadenceDays: number;
  today?: string;
}): CoachingSummary {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const count = <T>(list: readonly T[], test: (t: T) => boolean) =>
    list.filter(test).length;
  const { moments, followUps, adviceResponses } = options;
  const inTheWork = count(moments, m => m.kind === 'in-the-work');
  const scheduled = count(moments, m => m.kind === 'scheduled');
  const published = effectiveReviews(options.reviews);
  return {
    inTheWork,
    scheduled,
    ratio: scheduled ? Math.round((inTheWork / scheduled) * 100) / 100 : null,
    target: COACHING_MIX_TARGET,
    openCommitments: count(followUps, f => !f.outcome),
    dueFollowUps: count(followUps, f => isFollowUpDue(f, today)),
    commitmentOutcomes: {
      kept: count(followUps, f => f.outcome === 'kept'),
      partly: count(followUps, f => f.outcome === 'partly'),
      notYet: count(followUps, f => f.outcome === 'not-yet'),
    },
    advice: {
      adopted: count(adviceResponses, r => r === 'adopt'),
      deferred: count(adviceResponses, r => r === 'defer'),
      declined: count(adviceResponses, r => r === 'decline'),
      awaiting: count(adviceResponses, r => r === undefined),
    },
    reviewsLedBy: {
      coach: count(published, r => r.ledBy === 'coach'),
      coLed: count(published, r => r.ledBy === 'co-led'),
      team: count(published, r => r.ledBy === 'team'),
    },
    sustain: checkSustain({ ...options, today }),
  };
}

/**
 * The coaching mix in words, e.g. "9 moments in the work to 3 scheduled
 * (3 : 1), at the 3 : 1 target." — a description, never a verdict.
 *
 * @public
 */
export function describeCoachingMix(
  summary: Pick<
    CoachingSummary,
    'inTheWork' | 'scheduled' | 'ratio' | 'target'
  >,
): string {
  const { inTheWork, scheduled, ratio, target } = summary;
  const moments = (n: number) => `${n} moment${n === 1 ? '' : 's'}`;
  if (inTheWork + scheduled === 0) {
    return `No coaching moments recorded yet; the aim is ${target} in the work for each scheduled one.`;
  }
  if (ratio === null) {
    return `${moments(
      inTheWork,
    )} in the work and none scheduled: all the coaching so far happened in the work.`;
  }
  const where =
    ratio >= target
      ? `at or above the ${target} : 1 aim`
      : `the aim is ${target} : 1, so there is room for more coaching in the work`;
  return `${moments(
    inTheWork,
  )} in the work to ${scheduled} scheduled (${ratio} : 1); ${where}.`;
}
