import { randomUUID } from 'node:crypto';
import type { ArchivedSelfAssessments } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { insertInBatches } from './insertInBatches';
import { toSelfAssessmentRow } from './rows/selfAssessmentRows';

/**
 * Writes an archive's self-assessments into the importing transaction,
 * with their rounds and times as they were. Anonymous answers stay
 * anonymous: they are stored without a respondent.
 *
 * @internal
 */
export async function importSelfAssessmentArchive(
  tx: Knex.Transaction,
  answers: ArchivedSelfAssessments,
  programmeId: string,
): Promise<void> {
  await insertInBatches(
    tx,
    'csip_self_assessments',
    answers.map(a =>
      toSelfAssessmentRow({
        id: randomUUID(),
        programmeId,
        process: a.process,
        roundStart: a.roundStart,
        respondent: a.anonymous ? undefined : a.respondent,
        anonymous: a.anonymous,
        ratings: a.ratings,
        answeredAt: a.answeredAt,
      }),
    ),
  );
}
