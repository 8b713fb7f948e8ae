import {
  selfAssessmentRoundStart,
  type SelfRating,
} from '@csip-coach/plugin-csip-common';
import type { SeedStores } from './seedDemoData';

/** The claim in `csip_meta` of the demo's self-assessments. @internal */
export const SELF_ASSESSMENTS_SEEDED_KEY = 'demo-self-assessments-seeded';

/**
 * Ratings of the built-in Change process from one string per level, e.g.
 * 'FFLF'; `-` leaves a criterion unrated and `A` is not applicable.
 */
function changeRatings(levels: string[]) {
  return levels.flatMap((level, index) =>
    [...level].flatMap((rating, n) =>
      rating === '-'
        ? []
        : [
            {
              criterionId: `change-${index + 1}-${n + 1}`,
              rating: (rating === 'A' ? 'NA' : rating) as SelfRating,
            },
          ],
    ),
  );
}

/**
 * Three members of the demo "Change management CSIP" self-assess Change
 * before its next review — the lead and a member by name, the sponsor
 * anonymously (counted, as three answered) — so that the review editor
 * shows the team's spread, medians and where it disagrees.
 *
 * @returns the id of the programme it touched (none without the programme)
 * @internal
 */
export async function seedDemoSelfAssessments(
  stores: SeedStores,
  programmeId: string | undefined,
): Promise<string[]> {
  if (!programmeId) return [];
  const roundStart = selfAssessmentRoundStart(
    await stores.reviews.listReviews(programmeId),
    'change',
  );
  const answers: Array<[string, boolean, string[]]> = [
    [
      'user:default/priya.change',
      false,
      ['FFFF', 'LLFP', 'PLPN', 'NPNN', 'NNN-'],
    ],
    ['user:default/omar.ops', false, ['FFLF', 'LPLP', 'PPNN', 'NNAN', '----']],
    [
      'user:default/dana.sponsor',
      true,
      ['FLFF', 'FFFL', 'LLPP', 'PNNN', 'NNNN'],
    ],
  ];
  for (const [respondent, anonymous, levels] of answers) {
    await stores.selfAssessments.recordAnswer({
      programmeId,
      process: 'change',
      roundStart,
      respondent,
      anonymous,
      ratings: changeRatings(levels),
    });
  }
  return [programmeId];
}
