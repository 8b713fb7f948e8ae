import {
  EVIDENCE_SOURCE_NAMES,
  LED_BY_NAMES,
  levelName,
  type Review,
} from '@csip-coach/plugin-csip-common';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../util/formatDate';
import { FactList, RefLink } from '../../shared';

/**
 * The facts of a review as a description list: level, who led it, author,
 * when it was published, the evidence looked at and who took part.
 *
 * @internal
 */
export const ReviewFacts = ({ review }: { review: Review }) => {
  const facts: Array<[string, ReactNode]> = [
    [
      'Level',
      review.level !== undefined
        ? `Level ${levelName(review.level)}`
        : 'Worked out when the review is published',
    ],
    ['Led by', LED_BY_NAMES[review.ledBy]],
    ['Author', <RefLink entityRef={review.author} />],
    [
      'Published on',
      review.publishedAt
        ? formatDateTime(review.publishedAt)
        : 'Not yet published',
    ],
    [
      'Evidence',
      review.evidence.length
        ? review.evidence.map(e => EVIDENCE_SOURCE_NAMES[e]).join(', ')
        : 'None recorded',
    ],
    [
      'Participants',
      review.participants.length
        ? review.participants.join(', ')
        : 'None recorded',
    ],
  ];
  return (
    <FactList
      columnGap={3}
      facts={facts.map(([term, value]) => ({ term, value }))}
    />
  );
};
