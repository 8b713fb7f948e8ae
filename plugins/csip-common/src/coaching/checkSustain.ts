import type { ProgrammePhase } from '../programme/programmeSchema';
import type { LedBy } from '../review/reviewSchema';
import { effectiveReviews } from '../review/effectiveReviews';
import type { ReviewHistory } from '../review/reviewHistory';
import type { LevelDrop, SustainStatus } from './sustainSchema';

/** The fields of a review that sustain monitoring reads. @public */
export type SustainReview = {
  id: string;
  process: string;
  date: string;
  state: 'draft' | 'published';
  ledBy: LedBy;
  level?: number | null;
  amends?: string;
  publishedAt?: string;
};

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/**
 * Processes whose latest published level (amendments in place of what they
 * amend) is lower than the one before it.
 *
 * @public
 */
export function findLevelDrops(reviews: readonly SustainReview[]): LevelDrop[] {
  const byProcess = new Map<string, SustainReview[]>();
  for (const r of effectiveReviews(reviews)) {
    if (typeof r.level !== 'number') continue;
    byProcess.set(r.process, [...(byProcess.get(r.process) ?? []), r]);
  }
  const drops: LevelDrop[] = [];
  for (const [process, list] of byProcess) {
    if (list.length < 2) continue;
    const [before, last] = list.slice(-2);
    if (last.level! < before.level!) {
      drops.push({
        process,
        from: before.level!,
        to: last.level!,
        on: last.date,
        reviewId: last.id,
      });
    }
  }
  return drops.sort((a, b) => a.process.localeCompare(b.process));
}

/**
 * What sustain monitoring is told, besides the reviews or their history.
 *
 * @public
 */
export type SustainOptions = {
  phase: ProgrammePhase;
  /** When the programme entered `sustain` (an ISO date or timestamp). */
  sustainSince?: string | null;
  cadenceDays: number;
  today?: string;
};

/**
 * Processes of a review history whose latest published level is lower
 * than the one before it: {@link findLevelDrops} on the reviews the
 * history keeps of each process.
 *
 * @public
 */
export function findLevelDropsInHistory(
  history: Pick<ReviewHistory, 'processes'>,
): LevelDrop[] {
  return findLevelDrops(
    history.processes.flatMap(p =>
      p.recent.map(r => ({ ...r, state: 'published' as const })),
    ),
  );
}

/**
 * Sustain monitoring from a programme's review history (its latest team-led
 * review and each process's latest levels): the same as
 * {@link checkSustain} on every review.
 *
 * @public
 */
export function checkSustainHistory(
  options: SustainOptions & {
    history: Pick<ReviewHistory, 'processes' | 'lastTeamReviewOn'>;
  },
): SustainStatus {
  return sustainStatus(
    options,
    options.history.lastTeamReviewOn,
    findLevelDropsInHistory(options.history),
  );
}

/**
 * Sustain monitoring of one programme on `today` (an ISO date): in
 * `sustain`, the team's own reviews are due every `cadenceDays` after the
 * later of its latest team-led review and the day the programme entered
 * sustain (`sustainSince`); past that date the cadence has lapsed. Level
 * drops are reported in every phase.
 *
 * @public
 */
export function checkSustain(
  options: SustainOptions & { reviews: readonly SustainReview[] },
): SustainStatus {
  const teamLed = effectiveReviews(options.reviews).filter(
    r => r.ledBy === 'team',
  );
  return sustainStatus(
    options,
    teamLed.length ? teamLed[teamLed.length - 1].date : null,
    findLevelDrops(options.reviews),
  );
}

function sustainStatus(
  options: SustainOptions,
  lastTeamReviewOn: string | null,
  levelDrops: LevelDrop[],
): SustainStatus {
  const { phase, cadenceDays } = options;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const active = phase === 'sustain';
  const since = options.sustainSince?.slice(0, 10) ?? null;
  const from = [lastTeamReviewOn, since]
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  const nextDueOn = active && from ? addDays(from, cadenceDays) : null;
  return {
    active,
    cadenceDays,
    lastTeamReviewOn,
    nextDueOn,
    lapsed: !!nextDueOn && nextDueOn < today,
    levelDrops,
  };
}
