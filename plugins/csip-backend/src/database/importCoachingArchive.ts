import { randomUUID } from 'node:crypto';
import type { ProgrammeArchive } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { toAdviceResponseRow, ReviewCommentRow } from './rows/adviceRows';
import { insertInBatches } from './insertInBatches';
import { FollowUpRow, toMomentRow } from './rows/momentRows';

/** New ids that sort in the order given, so ties on time keep their order. */
function orderedIds(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID()).sort();
}

/**
 * Writes an archive's coaching between reviews into the importing
 * transaction: moments, follow-ups (with their moment's new id), advice
 * responses and comments (with their review's new id), authors and times
 * as they were.
 *
 * @internal
 */
export async function importCoachingArchive(
  tx: Knex.Transaction,
  coaching: NonNullable<ProgrammeArchive['coaching']>,
  programmeId: string,
  reviewId: (key: string) => string,
): Promise<void> {
  const insert = (table: string, rows: readonly object[]) =>
    insertInBatches(tx, table, rows);
  const momentIds = orderedIds(coaching.moments.length);
  const momentId = new Map(
    coaching.moments.map((m, i) => [m.key, momentIds[i]]),
  );
  await insert(
    'csip_moments',
    coaching.moments.map(({ key, ...m }) =>
      toMomentRow({ ...m, id: momentId.get(key)!, programmeId }),
    ),
  );
  const followUpIds = orderedIds(coaching.followUps.length);
  await insert(
    'csip_follow_ups',
    coaching.followUps.map(
      (f, i): FollowUpRow => ({
        id: followUpIds[i],
        programme_id: programmeId,
        moment_id: f.moment ? momentId.get(f.moment)! : null,
        process: f.process,
        text: f.text,
        owner: f.owner,
        follow_up_on: f.followUpOn,
        outcome: f.outcome ?? null,
        note: f.note ?? null,
        outcome_by: f.outcomeBy ?? null,
        outcome_at: f.outcomeAt ?? null,
        recorded_by: f.recordedBy,
        created_at: f.createdAt,
      }),
    ),
  );
  await insert(
    'csip_advice_responses',
    coaching.adviceResponses.map(({ review, ...r }) =>
      toAdviceResponseRow({ ...r, reviewId: reviewId(review), programmeId }),
    ),
  );
  const commentIds = orderedIds(coaching.comments.length);
  await insert(
    'csip_review_comments',
    coaching.comments.map(
      (c, i): ReviewCommentRow => ({
        id: commentIds[i],
        review_id: reviewId(c.review),
        programme_id: programmeId,
        text: c.text,
        author: c.author,
        created_at: c.createdAt,
      }),
    ),
  );
}
