import type { ArchivedSelfAssessments } from '@csip-coach/plugin-csip-common';
import type { SelfAssessmentStore } from '../../database/SelfAssessmentStore';

/**
 * The team's self-assessments of one programme for its archive, oldest
 * first, each with its round. A named answer keeps its respondent; an
 * anonymous one is exported without anyone's name.
 *
 * @internal
 */
export async function buildSelfAssessmentArchive(
  programmeId: string,
  stores: { selfAssessments: Pick<SelfAssessmentStore, 'listAnswers'> },
): Promise<ArchivedSelfAssessments> {
  const answers = await stores.selfAssessments.listAnswers(programmeId);
  return answers.map(a => ({
    process: a.process,
    ...(a.roundStart && { roundStart: a.roundStart }),
    anonymous: a.anonymous,
    ...(!a.anonymous && a.respondent && { respondent: a.respondent }),
    ratings: a.ratings,
    answeredAt: a.answeredAt,
  }));
}
