import {
  reviewHistoryOf,
  TREND_WINDOW,
  type ReviewHistory,
} from '../review/reviewHistory';
import type { Review } from '../review/reviewSchema';
import type { ScopeStatus, ScopeVersion } from '../scope/scopeSchema';
import { calibrationGap } from './calibrationGap';
import type { ProcessDefinition } from './maturityModelSchema';
import type { MaturityView, ProcessMaturity } from './maturityViewSchema';

/**
 * Where each process of a programme stands, from its review history: the
 * processes in the current scope (or every process of the model before
 * there is a scope) plus any other process that has reviews. The level is
 * that of the latest published review (amendments replace what they
 * amend), the trend lists the last `window` published levels by date (and
 * `trendTotal` how many there are), and the calibration gap is the latest
 * review's (null where the history did not read its ratings).
 *
 * @public
 */
export function summariseMaturityHistory(options: {
  processes: readonly ProcessDefinition[];
  scope?: { current?: ScopeVersion; status: ScopeStatus };
  history: Pick<ReviewHistory, 'processes'>;
  /** How many trend points per process; {@link TREND_WINDOW} by default. */
  window?: number;
}): MaturityView {
  const { processes, scope, history } = options;
  const window = options.window ?? TREND_WINDOW;
  const inScope = scope?.current?.processes ?? [];
  const ids = [
    ...(inScope.length
      ? inScope.map(p => p.process)
      : processes.map(p => p.id)),
    ...history.processes.map(p => p.process),
  ].filter((id, index, all) => all.indexOf(id) === index);

  return {
    processes: ids.map((id): ProcessMaturity => {
      const target = inScope.find(p => p.process === id);
      const mine = history.processes.find(p => p.process === id);
      const recent = mine?.recent ?? [];
      const latest = recent[recent.length - 1];
      return {
        process: id,
        name: processes.find(p => p.id === id)?.name ?? id,
        level: latest?.level ?? null,
        target: target?.targetLevel ?? null,
        baseline: target?.baselineLevel ?? null,
        targetDate: target?.targetDate ?? null,
        targetAgreed: Boolean(target) && scope?.status === 'agreed',
        inScope: Boolean(target),
        trend: recent.slice(Math.max(0, recent.length - window)).map(r => ({
          date: r.date,
          level: r.level ?? 0,
          reviewId: r.id,
        })),
        trendTotal: mine?.published ?? 0,
        calibrationGap:
          latest && mine?.latestRatings
            ? calibrationGap(mine.latestRatings)
            : null,
        ...(latest && {
          lastReview: {
            id: latest.id,
            date: latest.date,
            author: latest.author,
            ledBy: latest.ledBy,
          },
        }),
        drafts: mine?.drafts ?? 0,
      };
    }),
  };
}

/**
 * Where each process of a programme stands, from every review of it
 * (listed newest first): {@link summariseMaturityHistory} with the whole
 * trend.
 *
 * @public
 */
export function summariseMaturity(options: {
  processes: readonly ProcessDefinition[];
  scope?: { current?: ScopeVersion; status: ScopeStatus };
  reviews: readonly Review[];
}): MaturityView {
  return summariseMaturityHistory({
    processes: options.processes,
    scope: options.scope,
    history: reviewHistoryOf(options.reviews, Infinity),
    window: Infinity,
  });
}
