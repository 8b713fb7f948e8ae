import { effectiveReviews } from '../review/effectiveReviews';
import { countRanBy } from '../review/reviewHistory';
import type { LedBy } from '../review/reviewSchema';
import type {
  CoverageStatus,
  ExitReadiness,
  FadeOut,
  HandoverItem,
  HandoverStatus,
  ProcessCoverage,
  Proficiency,
  ReadinessBlocker,
  SkillsMatrix,
  SummitCamp,
  SummitProgress,
} from './handoverSchema';

/** Credit of each status in the knowledge-transfer score. @public */
export const HANDOVER_CREDIT: Record<HandoverStatus, number> = {
  'not-started': 0,
  'in-progress': 0.25,
  demonstrated: 0.75,
  verified: 1,
};

/** Exit readiness needs at least this knowledge-transfer score. @public */
export const READY_SCORE = 80;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Knowledge-transfer score, 0–100: Σ weight × credit / Σ weight, with
 * credit 0 / 0.25 / 0.75 / 1 for not started / in progress / demonstrated /
 * verified. 0 for an empty checklist.
 *
 * @public
 */
export function knowledgeTransferScore(
  items: ReadonlyArray<Pick<HandoverItem, 'weight' | 'status'>>,
): number {
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  if (total === 0) return 0;
  const earned = items.reduce(
    (sum, i) => sum + i.weight * HANDOVER_CREDIT[i.status],
    0,
  );
  return round1((earned / total) * 100);
}

const PROFICIENT: readonly Proficiency[] = ['proficient', 'expert'];

/**
 * Per in-scope process: covered with two or more people proficient or
 * better, at risk with one, a gap with none.
 *
 * @public
 */
export function skillsCoverage(
  people: SkillsMatrix['people'],
  processes: readonly string[],
): ProcessCoverage[] {
  return processes.map(process => {
    const proficient = people
      .filter(p => PROFICIENT.includes(p.skills[process] as Proficiency))
      .map(p => p.userRef);
    let status: CoverageStatus = 'gap';
    if (proficient.length >= 2) status = 'covered';
    else if (proficient.length === 1) status = 'at-risk';
    return { process, status, proficient };
  });
}

/**
 * The fields of a review that the coach fade-out and exit readiness read.
 * Pass every review of the programme: the scores count only the published
 * ones, and an amendment in place of the review it amends.
 *
 * @public
 */
export type ScoredReview = {
  id: string;
  process: string;
  date: string;
  state: 'draft' | 'published';
  ledBy: LedBy;
  amends?: string;
  publishedAt?: string;
  /** Who recorded it. */
  author?: string;
};

const teamLed = (ledBy: LedBy) => ledBy === 'team' || ledBy === 'co-led';

/**
 * Coach fade-out: the share of the latest published review of each process
 * that was led by the team or co-led (null without reviews); over time, at
 * each published review, the share of the last three reviews so far; and
 * who ran the reviews: those recorded by one of `coaches` (entity refs,
 * compared case-insensitively) against team-led ones someone else recorded.
 *
 * @public
 */
export function coachFadeOut(
  reviews: readonly ScoredReview[],
  coaches: readonly string[] = [],
): FadeOut {
  const published = effectiveReviews(reviews);
  const latest = new Map<string, ScoredReview>();
  for (const r of published) latest.set(r.process, r);
  const last = [...latest.values()];
  const share = last.length
    ? Math.round(
        (last.filter(r => teamLed(r.ledBy)).length / last.length) * 100,
      ) / 100
    : null;
  const trend = published.map((r, index) => {
    const window = published.slice(Math.max(0, index - 2), index + 1);
    return {
      date: r.date,
      process: r.process,
      ledBy: r.ledBy,
      share:
        Math.round(
          (window.filter(w => teamLed(w.ledBy)).length / window.length) * 100,
        ) / 100,
    };
  });
  const ranBy = countRanBy(published, coaches);
  return { share, trend, trendTotal: trend.length, ranBy };
}

/**
 * Whether the coach can leave: every critical item verified, the score at
 * least 80, every in-scope process covered, and each in-scope process's
 * latest published review led by the team or co-led. Every blocking reason
 * is listed, with where it is fixed.
 *
 * @public
 */
export function exitReadiness(options: {
  items: ReadonlyArray<
    Pick<HandoverItem, 'id' | 'title' | 'critical' | 'status' | 'weight'>
  >;
  coverage: readonly ProcessCoverage[];
  processes: ReadonlyArray<{ id: string; name: string }>;
  reviews: readonly ScoredReview[];
}): ExitReadiness {
  const { items, coverage, processes, reviews } = options;
  const blockers: ReadinessBlocker[] = [];
  if (processes.length === 0) {
    blockers.push({
      code: 'no-scope',
      message: 'No processes are in scope yet: publish and agree a scope first',
      fix: 'scope',
    });
  }
  for (const item of items) {
    if (item.critical && item.status !== 'verified') {
      blockers.push({
        code: 'critical-item-not-verified',
        message: `Critical item not yet verified by the coach: ${item.title}`,
        fix: 'checklist',
        itemId: item.id,
      });
    }
  }
  const score = knowledgeTransferScore(items);
  if (score < READY_SCORE) {
    blockers.push({
      code: 'score-below-threshold',
      message: `Knowledge-transfer score is ${score} %; ${READY_SCORE} % is needed`,
      fix: 'checklist',
    });
  }
  const name = (id: string) => processes.find(p => p.id === id)?.name ?? id;
  for (const c of coverage) {
    if (c.status !== 'covered') {
      blockers.push({
        code: 'process-not-covered',
        message: `${name(c.process)} has ${
          c.proficient.length === 1 ? 'one person' : 'nobody'
        } proficient or better; two are needed`,
        fix: 'skills',
        process: c.process,
      });
    }
  }
  const published = effectiveReviews(reviews);
  for (const process of processes) {
    const mine = published.filter(r => r.process === process.id);
    const latest = mine[mine.length - 1];
    if (!latest) {
      blockers.push({
        code: 'process-not-reviewed',
        message: `${process.name} has no published review yet; the latest must be led by the team or co-led`,
        fix: 'reviews',
        process: process.id,
      });
    } else if (!teamLed(latest.ledBy)) {
      blockers.push({
        code: 'review-led-by-coach',
        message: `The latest ${process.name} review was led by the coach; the team should lead or co-lead the next one`,
        fix: 'reviews',
        process: process.id,
      });
    }
  }
  return { ready: blockers.length === 0, blockers };
}

/** The camps on the way to the summit, with the progress each needs. @public */
export const SUMMIT_CAMPS: ReadonlyArray<{
  camp: SummitCamp;
  name: string;
  percent: number;
}> = [
  { camp: 'base-camp', name: 'Base camp', percent: 24 },
  { camp: 'camp-2', name: 'Camp 2', percent: 55 },
  { camp: 'camp-3', name: 'Camp 3', percent: 85 },
  { camp: 'summit', name: 'Summit', percent: 100 },
];

/**
 * Progress towards the agreed targets: per process (current − baseline) /
 * (target − baseline), kept within 0–100 %, averaged; a process not yet
 * reviewed counts as at its baseline. The camp is the highest one reached.
 *
 * @public
 */
export function summitProgress(
  processes: ReadonlyArray<{
    process: string;
    level: number | null;
    baseline: number | null;
    target: number | null;
  }>,
): SummitProgress {
  const measured = processes
    .filter(
      p => p.baseline !== null && p.target !== null && p.target > p.baseline,
    )
    .map(p => {
      const current = p.level ?? p.baseline!;
      const share = (current - p.baseline!) / (p.target! - p.baseline!);
      return {
        process: p.process,
        percent: Math.round(Math.min(1, Math.max(0, share)) * 100),
      };
    });
  if (measured.length === 0) {
    return { percent: null, camp: 'start', processes: [] };
  }
  const percent = Math.round(
    measured.reduce((sum, p) => sum + p.percent, 0) / measured.length,
  );
  const reached = SUMMIT_CAMPS.filter(c => percent >= c.percent);
  return {
    percent,
    camp: reached.length ? reached[reached.length - 1].camp : 'start',
    processes: measured,
  };
}
