import type {
  ProcessDefinition,
  SelfAssessmentAnswer,
  SelfRating,
} from '@csip-coach/plugin-csip-common';
import type { FieldErrors } from '../../../util/formIssues';

/** A self-assessment as the form holds it: every criterion, rated or not. */
export type SelfAssessmentDraft = {
  process: string;
  anonymous: boolean;
  ratings: Array<{ criterionId: string; rating: SelfRating | '' }>;
};

/**
 * The ratings of a process's criteria, in the model's order: the person's
 * earlier answer where they gave one, otherwise not rated.
 */
export function draftRatings(
  process: ProcessDefinition | undefined,
  mine?: SelfAssessmentAnswer,
): SelfAssessmentDraft['ratings'] {
  const earlier = new Map(
    (mine?.ratings ?? []).map(r => [r.criterionId, r.rating]),
  );
  return (process?.criteria ?? []).map(c => ({
    criterionId: c.id,
    rating: earlier.get(c.id) ?? '',
  }));
}

/** The body to check with `selfAssessmentCreateSchema`: rated criteria only. */
export function selfAssessmentBody(draft: SelfAssessmentDraft) {
  return {
    process: draft.process || undefined,
    anonymous: draft.anonymous,
    ratings: draft.ratings
      .filter(r => r.rating !== '')
      .map(r => ({ criterionId: r.criterionId, rating: r.rating })),
  };
}

/** The form's own words for what is missing. */
export function wordSelfAssessmentProblems(
  draft: SelfAssessmentDraft,
  found: FieldErrors,
): void {
  if (!draft.process) found.process = 'Choose the process you assess';
  if (!draft.ratings.some(r => r.rating !== '')) {
    found.ratings = draft.process
      ? 'Rate at least one criterion'
      : 'Choose the process, then rate its criteria';
  }
}
