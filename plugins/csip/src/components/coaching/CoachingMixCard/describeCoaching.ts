import type { CoachingSummary } from '@csip-coach/plugin-csip-common';

const count = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

/**
 * The commitments in words: how many are open and due, and how the
 * followed-up ones went, e.g. "3 open commitments, 1 of them due for
 * follow-up. Followed up so far: 2 kept, 1 partly kept, 0 not yet."
 *
 * @internal
 */
export function describeCommitments(
  summary: Pick<
    CoachingSummary,
    'openCommitments' | 'dueFollowUps' | 'commitmentOutcomes'
  >,
): string {
  const { openCommitments, dueFollowUps, commitmentOutcomes } = summary;
  const { kept, partly, notYet } = commitmentOutcomes;
  const followedUp = kept + partly + notYet;
  if (openCommitments + followedUp === 0) {
    return 'No commitments yet: when the team commits to something in a coaching moment, record it with a date to follow it up.';
  }
  const open =
    openCommitments === 0
      ? 'No open commitments.'
      : `${count(openCommitments, 'open commitment', 'open commitments')}, ${
          dueFollowUps === 0
            ? 'none due for follow-up yet'
            : `${dueFollowUps} of them due for follow-up`
        }.`;
  return followedUp === 0
    ? open
    : `${open} Followed up so far: ${kept} kept, ${partly} partly kept, ${notYet} not yet.`;
}

/**
 * The team's latest responses to the advice of published reviews, counted
 * and described, never judged: e.g. "The team's responses to advice: 4
 * adopted, 1 deferred, 1 declined; 2 awaiting a response."
 *
 * @internal
 */
export function describeAdvice(advice: CoachingSummary['advice']): string {
  const { adopted, deferred, declined, awaiting } = advice;
  if (adopted + deferred + declined + awaiting === 0) {
    return 'No advice from published reviews yet.';
  }
  const waiting = awaiting
    ? `; ${count(awaiting, 'suggestion', 'suggestions')} awaiting a response`
    : '';
  return `The team’s responses to advice: ${adopted} adopted, ${deferred} deferred, ${declined} declined${waiting}.`;
}
