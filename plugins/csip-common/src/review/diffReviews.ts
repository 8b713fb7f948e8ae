import { levelName } from '../maturity/describeLevel';
import { RATING_ORDER, type Criterion } from '../maturity/maturityModelSchema';
import { COACH_RATING_LABELS } from './reviewLabels';
import type { CoachRating } from './reviewRatingSchema';
import type { Review } from './reviewSchema';

/** One change between two reviews of a process, written for people. @public */
export type ReviewChange = {
  kind: 'level' | 'rating' | 'strength' | 'suggestion' | 'action' | 'ledBy';
  direction: 'up' | 'down' | 'added' | 'removed' | 'changed';
  text: string;
  criterionId?: string;
};

/**
 * The parts of a review that {@link diffReviews} compares, with the level it
 * reached.
 *
 * @public
 */
export type ComparableReview = Pick<
  Review,
  'ratings' | 'strengths' | 'suggestions' | 'actions' | 'ledBy'
> & { level?: number };

/**
 * Whether a rating moved up or down; a criterion that became applicable or
 * not applicable is a change of its own, neither up nor down.
 */
function ratingDirection(
  was: CoachRating,
  now: CoachRating,
): ReviewChange['direction'] {
  if (was === 'NA' || now === 'NA') return 'changed';
  return RATING_ORDER[now] > RATING_ORDER[was] ? 'up' : 'down';
}

const LED_BY_WORDS = {
  coach: 'the coach',
  'co-led': 'coach and team',
  team: 'the team',
};

/**
 * What changed from one review of a process to the next: the level, each
 * criterion whose rating moved (to or from Not applicable is `changed`),
 * strengths and growth suggestions added or dropped, new actions and who
 * led it. `criteria` gives criterion wording.
 *
 * @public
 */
export function diffReviews(
  previous: ComparableReview,
  next: ComparableReview,
  criteria: ReadonlyArray<Pick<Criterion, 'id' | 'level' | 'text'>> = [],
): ReviewChange[] {
  const changes: ReviewChange[] = [];
  if (
    previous.level !== undefined &&
    next.level !== undefined &&
    previous.level !== next.level
  ) {
    changes.push({
      kind: 'level',
      direction: next.level > previous.level ? 'up' : 'down',
      text: `Level ${levelName(previous.level)} → ${levelName(next.level)}`,
    });
  }
  if (previous.ledBy !== next.ledBy) {
    changes.push({
      kind: 'ledBy',
      direction: 'changed',
      text: `Led by ${LED_BY_WORDS[previous.ledBy]} → ${
        LED_BY_WORDS[next.ledBy]
      }`,
    });
  }
  const before = new Map(previous.ratings.map(r => [r.criterionId, r.coach]));
  const wording = new Map(criteria.map(c => [c.id, c.text]));
  for (const rating of next.ratings) {
    const was = before.get(rating.criterionId) ?? 'N';
    if (was === rating.coach) continue;
    const words = wording.get(rating.criterionId);
    changes.push({
      kind: 'rating',
      criterionId: rating.criterionId,
      direction: ratingDirection(was, rating.coach),
      text: `${words ? `${words} ` : ''}(${rating.criterionId}): ${
        COACH_RATING_LABELS[was]
      } → ${COACH_RATING_LABELS[rating.coach]}`,
    });
  }
  const rated = new Set(next.ratings.map(r => r.criterionId));
  for (const [criterionId, was] of before) {
    if (rated.has(criterionId) || was === 'N') continue;
    const words = wording.get(criterionId);
    changes.push({
      kind: 'rating',
      criterionId,
      direction: was === 'NA' ? 'changed' : 'down',
      text: `${words ? `${words} ` : ''}(${criterionId}): ${
        COACH_RATING_LABELS[was]
      } → not rated`,
    });
  }
  const listChanges = (
    kind: 'strength' | 'suggestion' | 'action',
    label: string,
    was: string[],
    now: string[],
    withRemoved = true,
  ) => {
    for (const item of now.filter(n => !was.includes(n))) {
      changes.push({ kind, direction: 'added', text: `New ${label}: ${item}` });
    }
    if (!withRemoved) return;
    for (const item of was.filter(w => !now.includes(w))) {
      changes.push({
        kind,
        direction: 'removed',
        text: `No longer listed as a ${label}: ${item}`,
      });
    }
  };
  listChanges('strength', 'strength', previous.strengths, next.strengths);
  listChanges(
    'suggestion',
    'growth suggestion',
    previous.suggestions.map(s => s.technique),
    next.suggestions.map(s => s.technique),
  );
  listChanges(
    'action',
    'agreed action',
    previous.actions.map(a => a.description),
    next.actions.map(a => a.description),
    false,
  );
  return changes;
}
