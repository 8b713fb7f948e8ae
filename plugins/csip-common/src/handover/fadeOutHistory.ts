import {
  latestAcrossProcesses,
  TREND_WINDOW,
  type HistoryReview,
  type ReviewHistory,
} from '../review/reviewHistory';
import type { LedBy } from '../review/reviewSchema';
import type { FadeOut } from './handoverSchema';
import type { ScoredReview } from './handoverScores';

const teamLed = (ledBy: LedBy) => ledBy === 'team' || ledBy === 'co-led';

const shareOf = (reviews: ReadonlyArray<{ ledBy: LedBy }>) =>
  Math.round(
    (reviews.filter(r => teamLed(r.ledBy)).length / reviews.length) * 100,
  ) / 100;

/**
 * The latest published review of each process of a history that has one,
 * as {@link exitReadiness} reads reviews.
 *
 * @public
 */
export function latestReviews(
  history: Pick<ReviewHistory, 'processes'>,
): ScoredReview[] {
  return history.processes.flatMap(p =>
    p.recent.length
      ? [{ ...p.recent[p.recent.length - 1], state: 'published' as const }]
      : [],
  );
}

/**
 * Coach fade-out from a programme's review history: the same share and
 * counts as {@link coachFadeOut} on every review, with the trend windowed
 * to its last `window` points (`trendTotal` says how many there are). Who
 * ran the reviews is the history's `ranBy`, read for the programme's
 * coaches (none without).
 *
 * @public
 */
export function coachFadeOutHistory(
  history: ReviewHistory,
  window: number = TREND_WINDOW,
): FadeOut {
  const last = history.processes.flatMap(p =>
    p.recent.length ? [p.recent[p.recent.length - 1]] : [],
  );
  const trendTotal = history.processes.reduce((n, p) => n + p.published, 0);
  // The window's points and the two before them (each share is of three).
  const tail: HistoryReview[] = latestAcrossProcesses(history, window + 2);
  const first = Math.max(0, tail.length - window);
  const trend = tail.slice(first).map((r, index) => ({
    date: r.date,
    process: r.process,
    ledBy: r.ledBy,
    share: shareOf(
      tail.slice(Math.max(0, first + index - 2), first + index + 1),
    ),
  }));
  return {
    share: last.length ? shareOf(last) : null,
    trend,
    trendTotal,
    ranBy: history.ranBy ?? { coach: 0, team: 0 },
  };
}
