import { effectiveReviews } from '../review/effectiveReviews';
import type { Review } from '../review/reviewSchema';
import type { ScopeStatus, ScopeVersion } from '../scope/scopeSchema';
import { calibrationGap } from './calibrationGap';
import type { ProcessDefinition } from './maturityModelSchema';
import type { MaturityView, ProcessMaturity } from './maturityViewSchema';

/**
 * Where each process of a programme stands: the processes in the current
 * scope (or every process of the model before there is a scope) plus any
 * other process that has reviews. The level is that of the latest published
 * review (amendments replace what they amend), the trend lists every
 * published level by date, and the calibration gap is the latest review's.
 *
 * @public
 */
export function summariseMaturity(options: {
  processes: readonly ProcessDefinition[];
  scope?: { current?: ScopeVersion; status: ScopeStatus };
  reviews: readonly Review[];
}): MaturityView {
  const { processes, scope, reviews } = options;
  const inScope = scope?.current?.processes ?? [];
  const ids = [
    ...(inScope.length
      ? inScope.map(p => p.process)
      : processes.map(p => p.id)),
    ...reviews.map(r => r.process),
  ].filter((id, index, all) => all.indexOf(id) === index);
  const published = effectiveReviews(reviews);

  return {
    processes: ids.map((id): ProcessMaturity => {
      const target = inScope.find(p => p.process === id);
      const mine = published.filter(r => r.process === id);
      const latest = mine[mine.length - 1];
      return {
        process: id,
        name: processes.find(p => p.id === id)?.name ?? id,
        level: latest?.level ?? null,
        target: target?.targetLevel ?? null,
        baseline: target?.baselineLevel ?? null,
        targetDate: target?.targetDate ?? null,
        targetAgreed: Boolean(target) && scope?.status === 'agreed',
        inScope: Boolean(target),
        trend: mine.map(r => ({
          date: r.date,
          level: r.level ?? 0,
          reviewId: r.id,
        })),
        calibrationGap: latest ? calibrationGap(latest.ratings) : null,
        ...(latest && {
          lastReview: {
            id: latest.id,
            date: latest.date,
            author: latest.author,
            ledBy: latest.ledBy,
          },
        }),
        drafts: reviews.filter(r => r.process === id && r.state === 'draft')
          .length,
      };
    }),
  };
}
