import { randomUUID } from 'node:crypto';
import type { ArchivedFeedback } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { insertInBatches } from './insertInBatches';
import {
  FeedbackResponseRow,
  FeedbackRoundRow,
  toRoundRow,
} from './rows/feedbackRows';

/**
 * Writes an archive's partnership feedback into the importing transaction:
 * rounds with new ids, and their responses (named ones with their
 * respondent, who is recorded as having taken part; anonymous ones
 * without). Returns the new id of each round by its key, for the actions
 * that came from one.
 *
 * @internal
 */
export async function importFeedbackArchive(
  tx: Knex.Transaction,
  feedback: ArchivedFeedback,
  programmeId: string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { key, responses, ...round } of feedback.rounds) {
    const id = randomUUID();
    ids.set(key, id);
    await tx<FeedbackRoundRow>('csip_feedback_rounds').insert(
      toRoundRow({ ...round, id, programmeId }),
    );
    const rows: FeedbackResponseRow[] = responses.map(r => ({
      id: randomUUID(),
      round_id: id,
      organisation: r.organisation,
      respondent: r.respondedBy ?? null,
      barriers: JSON.stringify(r.barriers),
    }));
    await insertInBatches(tx, 'csip_feedback_responses', rows);
    const named = [
      ...new Set(rows.flatMap(r => (r.respondent ? [r.respondent] : []))),
    ];
    await insertInBatches(
      tx,
      'csip_feedback_participants',
      named.map(respondent => ({ round_id: id, respondent })),
    );
  }
  return ids;
}
