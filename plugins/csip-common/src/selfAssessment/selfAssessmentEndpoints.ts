import { defineEndpoint } from '../api/defineEndpoint';
import {
  selfAssessmentCreateSchema,
  selfAssessmentQuerySchema,
  selfAssessmentRecordedSchema,
  selfAssessmentSummarySchema,
} from './selfAssessmentSchema';

/**
 * The endpoints of team self-assessment, spread into `csipEndpoints`.
 *
 * @public
 */
export const selfAssessmentEndpoints = {
  getSelfAssessments: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/self-assessments',
    query: selfAssessmentQuerySchema,
    response: selfAssessmentSummarySchema,
    status: 200,
    summary: "The team's self-assessment of a process since its last review.",
    description:
      'Per criterion of the process the counts of N, P, L, F and NA, the median and the spread, and the criteria the team disagrees on most. Names nobody; anonymous answers count only when at least 3 people answered (otherwise `anonymousWithheld` says how many were left out). `mine` is the caller’s own answer. An unknown process is a 400.',
  }),
  recordSelfAssessment: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/self-assessments',
    body: selfAssessmentCreateSchema,
    response: selfAssessmentRecordedSchema,
    status: 201,
    summary: 'Records the caller’s own ratings of a process before a review.',
    description:
      'Leads, members and sponsors; optionally anonymous. Every criterion must be one of the process’s in the maturity model (400 naming the field). Answering again before the next published review of the process replaces the earlier answer (`replaced`).',
    defaultsOptional: true,
  }),
};
