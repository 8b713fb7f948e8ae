import { ConflictError } from '@backstage/errors';
import type {
  AdviceResponse,
  ReviewComment,
} from '@csip-coach/plugin-csip-common';
import { AdviceStore } from './AdviceStore';
import { insertOrConflict, KnexStore } from './KnexStore';
import {
  AdviceResponseRow,
  ReviewCommentRow,
  toAdviceResponse,
  toAdviceResponseRow,
  toReviewComment,
  toReviewCommentRow,
} from './rows/adviceRows';

/**
 * Knex implementation of {@link AdviceStore}: inserts only. A response is
 * number `seen + 1` of its suggestion; the table's primary key (review,
 * suggestion, number) turns a response recorded meanwhile into a conflict,
 * even between writers that do not lock the programme.
 *
 * @internal
 */
export class DatabaseAdviceStore extends KnexStore implements AdviceStore {
  async addResponse(
    response: Parameters<AdviceStore['addResponse']>[0],
  ): Promise<AdviceResponse> {
    const { reviewId, index, seen } = response;
    const [{ count }] = await this.db<AdviceResponseRow>(
      'csip_advice_responses',
    )
      .where({ review_id: reviewId, suggestion_index: index })
      .count({ count: '*' });
    const recorded = Number(count);
    if (seen !== recorded) {
      throw new ConflictError(
        `Suggestion ${index} has ${recorded} recorded response${
          recorded === 1 ? '' : 's'
        }, you had seen ${seen}; reload and try again`,
      );
    }
    const row = toAdviceResponseRow({
      ...response,
      seq: seen + 1,
      respondedAt: new Date().toISOString(),
    });
    await insertOrConflict(
      this.db<AdviceResponseRow>('csip_advice_responses').insert(row),
      `Someone else responded to suggestion ${index} meanwhile; reload and try again`,
    );
    return toAdviceResponse(row);
  }

  /** Per review and suggestion, oldest first. */
  listResponses = this.programmeList(
    'csip_advice_responses',
    toAdviceResponse,
    [
      { column: 'review_id', order: 'asc' },
      { column: 'suggestion_index', order: 'asc' },
      { column: 'seq', order: 'asc' },
    ],
  );

  async addComment(
    comment: Parameters<AdviceStore['addComment']>[0],
  ): Promise<ReviewComment> {
    const row = toReviewCommentRow(comment);
    await this.db<ReviewCommentRow>('csip_review_comments').insert(row);
    return toReviewComment(row);
  }

  async listComments(reviewId: string): Promise<ReviewComment[]> {
    const rows = await this.db<ReviewCommentRow>('csip_review_comments')
      .where({ review_id: reviewId })
      .orderBy([
        { column: 'created_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toReviewComment);
  }
}
