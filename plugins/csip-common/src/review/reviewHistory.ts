import type { ReviewRating } from './reviewRatingSchema';
import type { LedBy, Review } from './reviewSchema';
import { effectiveReviews } from './effectiveReviews';

/**
 * How many of a process's latest trend points the maturity view and the
 * coach fade-out show; older ones are read a page at a time.
 *
 * @public
 */
export const TREND_WINDOW = 12;

/**
 * How many of each process's latest published reviews a
 * {@link ReviewHistory} keeps: the trend window and the two before it (the
 * fade-out share of a point is that of the last three reviews up to it).
 *
 * @public
 */
export const HISTORY_KEEP = TREND_WINDOW + 2;

/** A published review that counts, as a {@link ReviewHistory} keeps it. @public */
export type HistoryReview = {
  id: string;
  process: string;
  date: string;
  publishedAt?: string;
  /** Orders reviews of the same date and publication time: newest first. */
  createdAt?: string;
  level?: number | null;
  ledBy: LedBy;
  author: string;
};

/** One process in a {@link ReviewHistory}. @public */
export type ProcessHistory = {
  process: string;
  /**
   * Its latest published reviews that count (amendments in place of what
   * they amend), oldest first; at most as many as the history keeps.
   */
  recent: HistoryReview[];
  /** How many published reviews count in all. */
  published: number;
  /** Drafts not yet published. */
  drafts: number;
  /** The latest review's ratings, where they were read (calibration gap). */
  latestRatings?: ReadonlyArray<Pick<ReviewRating, 'coach' | 'team'>>;
};

/**
 * A programme's review history in a form whose size does not grow with the
 * number of reviews: per process its latest published reviews and counts,
 * how many counted reviews each author recorded as each way of leading,
 * and the date of the latest team-led one. The maturity view, the coach
 * fade-out, exit readiness and sustain monitoring are computed from it.
 *
 * @public
 */
export type ReviewHistory = {
  /** Processes that have reviews, the one with the newest review first. */
  processes: ProcessHistory[];
  /**
   * Who ran the published reviews that count, where it was read for a
   * programme's coaches: `coach` those one of them recorded, `team` the
   * team-led ones someone else recorded (the coach fade-out's counts).
   */
  ranBy?: { coach: number; team: number };
  /** The date of the latest published review that counts and the team led. */
  lastTeamReviewOn: string | null;
};

/**
 * The effective order of published reviews (oldest first): by date, then
 * publication time, then newest created first (the order of a list by date
 * and creation time, newest first, that a stable sort keeps).
 *
 * @public
 */
export function compareHistoryReviews(
  a: Pick<HistoryReview, 'date' | 'publishedAt' | 'createdAt'>,
  b: Pick<HistoryReview, 'date' | 'publishedAt' | 'createdAt'>,
): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') ||
    (b.createdAt ?? '').localeCompare(a.createdAt ?? '')
  );
}

const historyReview = (r: Review): HistoryReview => ({
  id: r.id,
  process: r.process,
  date: r.date,
  ...(r.publishedAt && { publishedAt: r.publishedAt }),
  createdAt: r.createdAt,
  level: r.level ?? null,
  ledBy: r.ledBy,
  author: r.author,
});

/**
 * Who ran the published reviews: those recorded by one of `coaches`
 * (entity refs, compared case-insensitively), and the team-led ones
 * someone else recorded.
 *
 * @public
 */
export function countRanBy(
  published: ReadonlyArray<{ author?: string; ledBy: LedBy }>,
  coaches: readonly string[],
): { coach: number; team: number } {
  const coachRefs = new Set(coaches.map(c => c.toLocaleLowerCase('en-US')));
  const byCoach = (author?: string) =>
    !!author && coachRefs.has(author.toLocaleLowerCase('en-US'));
  return {
    coach: published.filter(r => byCoach(r.author)).length,
    team: published.filter(r => r.ledBy === 'team' && !byCoach(r.author))
      .length,
  };
}

/**
 * The {@link ReviewHistory} of every review of a programme, listed newest
 * first (by date, then creation time), keeping `keep` reviews per process
 * (and who ran them, with `coaches`): what a store reads in its queries,
 * computed from the full list.
 *
 * @public
 */
export function reviewHistoryOf(
  reviews: readonly Review[],
  keep: number = HISTORY_KEEP,
  coaches?: readonly string[],
): ReviewHistory {
  const published = effectiveReviews(reviews);
  const processes = reviews
    .map(r => r.process)
    .filter((id, index, all) => all.indexOf(id) === index)
    .map((process): ProcessHistory => {
      const mine = published.filter(r => r.process === process);
      const latest = mine[mine.length - 1];
      return {
        process,
        recent: mine.slice(-keep).map(historyReview),
        published: mine.length,
        drafts: reviews.filter(
          r => r.process === process && r.state === 'draft',
        ).length,
        ...(latest && { latestRatings: latest.ratings }),
      };
    });
  const teamLed = published.filter(r => r.ledBy === 'team');
  return {
    processes,
    ...(coaches && { ranBy: countRanBy(published, coaches) }),
    lastTeamReviewOn: teamLed.length ? teamLed[teamLed.length - 1].date : null,
  };
}

/**
 * The latest `count` published reviews that count across every process of
 * a history, oldest first (at most `keep` of them are there to take).
 *
 * @public
 */
export function latestAcrossProcesses(
  history: Pick<ReviewHistory, 'processes'>,
  count: number,
): HistoryReview[] {
  const all = history.processes
    .flatMap(p => p.recent)
    .sort(compareHistoryReviews);
  return all.slice(Math.max(0, all.length - count));
}
