import { randomUUID } from 'node:crypto';
import {
  isRoundClosed,
  type FeedbackResponse,
  type FeedbackResponseCreate,
  type FeedbackRound,
} from '@csip-coach/plugin-csip-common';
import type { FeedbackStore, NewFeedbackRound } from './FeedbackStore';
import { insertOrConflict, KnexStore } from './KnexStore';
import {
  FeedbackResponseRow,
  FeedbackRoundRow,
  toFeedbackResponse,
  toRoundRow,
  toStoredRound,
} from './rows/feedbackRows';

/**
 * Knex implementation of {@link FeedbackStore}.
 *
 * @internal
 */
export class DatabaseFeedbackStore extends KnexStore implements FeedbackStore {
  async openRound(round: NewFeedbackRound): Promise<FeedbackRound> {
    const row = toRoundRow({
      ...round,
      id: randomUUID(),
      createdAt: new Date().toISOString(),
    });
    await this.db<FeedbackRoundRow>('csip_feedback_rounds').insert(row);
    return (await this.getRound(row.id))!;
  }

  async getRound(
    id: string,
    viewer?: string,
  ): Promise<FeedbackRound | undefined> {
    const [round] = await this.withCounts(
      await this.db<FeedbackRoundRow>('csip_feedback_rounds').where({ id }),
      viewer,
    );
    return round;
  }

  async listRounds(
    programmeId: string,
    viewer?: string,
  ): Promise<FeedbackRound[]> {
    return this.withCounts(
      await this.programmeRows<FeedbackRoundRow>(
        'csip_feedback_rounds',
        programmeId,
        [
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ],
      ),
      viewer,
    );
  }

  async recordResponse(
    roundId: string,
    response: FeedbackResponseCreate,
    respondent: string,
  ): Promise<FeedbackResponse> {
    const row: FeedbackResponseRow = {
      id: randomUUID(),
      round_id: roundId,
      organisation: response.organisation,
      respondent: response.anonymous ? null : respondent,
      barriers: JSON.stringify(response.barriers),
    };
    await insertOrConflict(
      this.db('csip_feedback_participants').insert({
        round_id: roundId,
        respondent,
      }),
      'You have already answered this feedback round; each person answers once',
    );
    await this.db<FeedbackResponseRow>('csip_feedback_responses').insert(row);
    return toFeedbackResponse(row);
  }

  async listResponses(roundId: string): Promise<FeedbackResponse[]> {
    const rows: FeedbackResponseRow[] = await this.db('csip_feedback_responses')
      .where({ round_id: roundId })
      .orderBy('id');
    return rows.map(toFeedbackResponse);
  }

  /** The rounds with their counts of responses and the viewer's part. */
  private async withCounts(
    rows: FeedbackRoundRow[],
    viewer?: string,
  ): Promise<FeedbackRound[]> {
    if (rows.length === 0) return [];
    const ids = rows.map(r => r.id);
    const counts: { round_id: string; n: string | number }[] = await this.db(
      'csip_feedback_responses',
    )
      .whereIn('round_id', ids)
      .groupBy('round_id')
      .select('round_id', this.db.raw('count(*) as n'));
    const answered = viewer
      ? new Set(
          (
            await this.db('csip_feedback_participants')
              .whereIn('round_id', ids)
              .where({ respondent: viewer })
              .select('round_id')
          ).map((r: { round_id: string }) => r.round_id),
        )
      : new Set<string>();
    const countOf = new Map(counts.map(c => [c.round_id, Number(c.n)]));
    return rows.map(row => {
      const round = toStoredRound(row);
      return {
        ...round,
        responses: countOf.get(row.id) ?? 0,
        closed: isRoundClosed(round),
        answeredByMe: answered.has(row.id),
      };
    });
  }
}
