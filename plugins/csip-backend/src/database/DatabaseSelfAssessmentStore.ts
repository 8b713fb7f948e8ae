import { randomUUID } from 'node:crypto';
import { KnexStore } from './KnexStore';
import type {
  NewSelfAssessment,
  SelfAssessmentStore,
  StoredSelfAssessment,
} from './SelfAssessmentStore';
import {
  SelfAssessmentRow,
  toSelfAssessmentRow,
  toStoredSelfAssessment,
} from './rows/selfAssessmentRows';

const TABLE = 'csip_self_assessments';
const OLDEST_FIRST = [
  { column: 'answered_at', order: 'asc' as const },
  { column: 'id', order: 'asc' as const },
];

/**
 * Knex implementation of {@link SelfAssessmentStore}. One answer per
 * programme, process, round and respondent is a unique index; a second
 * answer updates the first.
 *
 * @internal
 */
export class DatabaseSelfAssessmentStore
  extends KnexStore
  implements SelfAssessmentStore
{
  async recordAnswer(
    answer: NewSelfAssessment,
  ): Promise<{ answer: StoredSelfAssessment; replaced: boolean }> {
    const key = {
      programme_id: answer.programmeId,
      process: answer.process,
      round_start: answer.roundStart ?? '',
      respondent: answer.respondent,
    };
    const earlier = await this.db<SelfAssessmentRow>(TABLE).where(key).first();
    const row = toSelfAssessmentRow({
      ...answer,
      id: earlier?.id ?? randomUUID(),
      answeredAt: new Date().toISOString(),
    });
    if (earlier) {
      await this.db<SelfAssessmentRow>(TABLE).where({ id: earlier.id }).update({
        anonymous: row.anonymous,
        ratings: row.ratings,
        answered_at: row.answered_at,
      });
    } else {
      await this.db<SelfAssessmentRow>(TABLE).insert(row);
    }
    return { answer: toStoredSelfAssessment(row), replaced: Boolean(earlier) };
  }

  async listRound(
    programmeId: string,
    process: string,
    roundStart: string | undefined,
  ): Promise<StoredSelfAssessment[]> {
    const rows: SelfAssessmentRow[] = await this.db(TABLE)
      .where({
        programme_id: programmeId,
        process,
        round_start: roundStart ?? '',
      })
      .orderBy(OLDEST_FIRST);
    return rows.map(toStoredSelfAssessment);
  }

  listAnswers = this.programmeList<SelfAssessmentRow, StoredSelfAssessment>(
    TABLE,
    toStoredSelfAssessment,
    OLDEST_FIRST,
  );
}
