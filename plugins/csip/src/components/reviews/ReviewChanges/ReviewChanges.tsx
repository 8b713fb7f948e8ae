import {
  diffReviews,
  type ProcessDefinition,
  type Review,
} from '@csip-coach/plugin-csip-common';
import { formatDate } from '../../../util/formatDate';
import { ChangeList } from '../../shared';

const NOTHING_CHANGED =
  'Nothing changed: the level, ratings, strengths, growth suggestions and who led it are as before, and no new actions were agreed.';

/** @internal */
export type ReviewChangesProps = {
  /** The previous published review of the same process, if any. */
  previous?: Review;
  review: Review;
  /** The process both reviews rate, for the wording of its criteria. */
  process: ProcessDefinition;
};

/**
 * What changed since the previous published review of a process: the level,
 * each rating that moved, strengths and growth suggestions added or dropped,
 * new actions and who led it — each with an icon and the direction in words.
 *
 * @internal
 */
export const ReviewChanges = ({
  previous,
  review,
  process,
}: ReviewChangesProps) => {
  const nothingEarlier =
    review.state === 'published'
      ? `This is the first published review of ${process.name}: there is nothing earlier to compare it with.`
      : `There is no published review of ${process.name} yet to compare this draft with.`;
  return (
    <ChangeList
      title="What changed since the last review"
      headingComponent="h4"
      description={
        previous &&
        `Compared with the published review of ${formatDate(previous.date)}.`
      }
      changes={
        previous
          ? diffReviews(previous, review, process.criteria).map(change => ({
              kind: change.direction,
              text: change.text,
            }))
          : []
      }
      empty={previous ? NOTHING_CHANGED : nothingEarlier}
    />
  );
};
