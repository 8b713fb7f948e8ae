import { z } from 'zod';
import {
  actionCreateSchema,
  actionSchema,
  actionUpdateSchema,
} from '../actions/actionSchema';
import {
  decisionCreateSchema,
  decisionSchema,
  recommendationRequestSchema,
  recommendationSchema,
} from '../approach/approachSchema';
import { programmeArchiveSchema } from '../archive/programmeArchiveSchema';
import {
  handoverItemCreateSchema,
  handoverItemSchema,
  handoverItemUpdateSchema,
  handoverViewSchema,
  skillsMatrixSchema,
  skillsMatrixViewSchema,
} from '../handover/handoverSchema';
import { maturityModelSchema } from '../maturity/maturityModelSchema';
import {
  maturityTrendPageSchema,
  maturityTrendQuerySchema,
  maturityViewSchema,
} from '../maturity/maturityViewSchema';
import {
  phaseStatusSchema,
  phaseTransitionRequestSchema,
} from '../phase/checkPhaseTransition';
import { membershipChangeSchema } from '../programme/membershipChangeSchema';
import {
  healthSchema,
  programmeCreateSchema,
  programmeListQuerySchema,
  programmePageSchema,
  programmeSchema,
  programmeUpdateSchema,
} from '../programme/programmeSchema';
import {
  reviewAmendmentSchema,
  reviewCreateSchema,
  reviewPublishSchema,
  reviewSchema,
  reviewUpdateSchema,
} from '../review/reviewSchema';
import {
  agreementCreateSchema,
  agreementSchema,
  awaitingAgreementSchema,
  scopeVersionCreateSchema,
  scopeVersionSchema,
  scopeViewSchema,
} from '../scope/scopeSchema';
import { toneConfigSchema } from '../tone/toneConfig';
import {
  toneCheckRequestSchema,
  toneCheckResponseSchema,
} from '../tone/toneSchema';
import { myWorkSchema } from '../me/myWorkSchema';
import {
  adviceEntrySchema,
  adviceResponseCreateSchema,
  adviceResponseSchema,
} from '../coaching/adviceSchema';
import { coachingSummarySchema } from '../coaching/coachingSummarySchema';
import {
  followUpOutcomeSchema,
  followUpSchema,
} from '../coaching/followUpSchema';
import { momentCreateSchema, momentSchema } from '../coaching/momentSchema';
import { reminderPreferencesSchema } from '../coaching/reminderSchema';
import {
  reviewCommentCreateSchema,
  reviewCommentSchema,
} from '../coaching/reviewCommentSchema';
import {
  portfolioRollupQuerySchema,
  portfolioRollupSchema,
} from '../portfolio/portfolioRollupSchema';
import { feedbackEndpoints } from '../feedback/feedbackEndpoints';
import { outcomesEndpoints } from '../outcomes/outcomesEndpoints';
import { selfAssessmentEndpoints } from '../selfAssessment/selfAssessmentEndpoints';
import { csvResponse, defineEndpoint } from './defineEndpoint';

/** `{ items: [...] }`, the body of every list that is not paged. */
function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/**
 * Every HTTP endpoint of the csip backend (mounted at `/api/csip`), once:
 * the backend registers its routes from these, the frontend's client calls
 * them (one method per entry, named as its key) and the OpenAPI document is
 * generated from them.
 *
 * @public
 */
export const csipEndpoints = {
  getHealth: defineEndpoint({
    method: 'GET',
    path: '/health',
    response: healthSchema,
    status: 200,
    summary: 'Whether the plugin is up, and its newest applied migration.',
    credentials: 'none',
  }),
  listProgrammes: defineEndpoint({
    method: 'GET',
    path: '/programmes',
    query: programmeListQuerySchema,
    response: programmePageSchema,
    status: 200,
    summary: 'A page of the portfolio, filtered and sorted.',
    description:
      'Services may list too (e.g. a search collator), under the read policy.',
    credentials: 'user-or-service',
  }),
  getProgramme: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id',
    response: programmeSchema,
    status: 200,
    summary: 'One programme.',
  }),
  createProgramme: defineEndpoint({
    method: 'POST',
    path: '/programmes',
    body: programmeCreateSchema,
    response: programmeSchema,
    status: 201,
    summary: 'Creates a programme; the signed-in user becomes its lead.',
    description:
      'The owner and the members must be in the catalog (unless `csip.catalogRefCheck` is `off`): an unknown one is a 400 naming its field.',
    checksCatalogRefs: true,
  }),
  updateProgramme: defineEndpoint({
    method: 'PATCH',
    path: '/programmes/:id',
    body: programmeUpdateSchema,
    response: programmeSchema,
    status: 200,
    summary:
      'Updates with optimistic concurrency: a stale `version` fails with 409.',
    description:
      'A new owner and new members must be in the catalog (unless `csip.catalogRefCheck` is `off`); the ones the programme already has are not looked up again.',
    checksCatalogRefs: true,
  }),
  listMembershipChanges: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/members/history',
    response: itemsOf(membershipChangeSchema),
    status: 200,
    summary: "Every recorded change of the programme's members, oldest first.",
    description: 'Who changed them, when, and the list before and after.',
  }),
  getPhaseStatus: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/phase',
    response: phaseStatusSchema,
    status: 200,
    summary:
      'The phase, the facts its gates look at, the next move and every past move.',
  }),
  movePhase: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/phase',
    body: phaseTransitionRequestSchema,
    response: programmeSchema,
    status: 200,
    summary:
      'Moves the programme; a blocked gate fails with 409 naming the unmet gates.',
  }),
  getRecommendation: defineEndpoint({
    method: 'POST',
    path: '/approach/recommendation',
    body: recommendationRequestSchema,
    bodyField: 'answers',
    response: recommendationSchema,
    status: 200,
    summary: 'The approach the readiness answers recommend, and why.',
  }),
  listDecisions: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/approach/decisions',
    response: itemsOf(decisionSchema),
    status: 200,
    summary: "The programme's approach decisions.",
  }),
  recordDecision: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/approach/decisions',
    body: decisionCreateSchema,
    response: decisionSchema,
    status: 201,
    summary: 'Records an approach decision.',
  }),
  getScope: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/scope',
    response: scopeViewSchema,
    status: 200,
    summary:
      'The current scope version, its status, every approver and the diff.',
  }),
  listScopeVersions: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/scope/versions',
    response: itemsOf(scopeVersionSchema),
    status: 200,
    summary: 'Every published scope version, newest first.',
  }),
  publishScopeVersion: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/scope/versions',
    body: scopeVersionCreateSchema,
    response: scopeVersionSchema,
    status: 201,
    summary: 'Publishes a new scope version for agreement.',
  }),
  recordAgreement: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/scope/versions/:number/agreements',
    body: agreementCreateSchema,
    response: agreementSchema,
    status: 201,
    summary: 'Agree or decline a scope version as the signed-in user.',
  }),
  listScopeAgreements: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/scope/versions/:number/agreements',
    response: itemsOf(agreementSchema),
    status: 200,
    summary:
      'Every agree and decline recorded on a scope version, oldest first.',
    description:
      'Changed minds included: each decision is a record of its own, and the latest of each approver counts. An unknown version is a 404.',
  }),
  listAwaitingMyAgreement: defineEndpoint({
    method: 'GET',
    path: '/scope/awaiting-my-agreement',
    response: itemsOf(awaitingAgreementSchema),
    status: 200,
    summary:
      "Current scope versions that wait for the signed-in user's decision.",
  }),
  getMyWork: defineEndpoint({
    method: 'GET',
    path: '/me/work',
    response: myWorkSchema,
    status: 200,
    summary: "The signed-in user's work across programmes.",
    description:
      'Open actions they own (overdue first), open commitments they own (soonest follow-up first), scope versions awaiting their decision, and the programmes they hold roles in.',
  }),
  getMyReminderPreferences: defineEndpoint({
    method: 'GET',
    path: '/me/reminders',
    response: reminderPreferencesSchema,
    status: 200,
    summary: 'How the signed-in user gets reminders.',
    description:
      'Each reminder as it comes, or one weekly digest; the portal default (`csip.reminders.delivery`) until they choose.',
  }),
  putMyReminderPreferences: defineEndpoint({
    method: 'PUT',
    path: '/me/reminders',
    body: reminderPreferencesSchema,
    response: reminderPreferencesSchema,
    status: 200,
    summary: 'Chooses how the signed-in user gets reminders.',
  }),
  getPortfolioRollup: defineEndpoint({
    method: 'GET',
    path: '/portfolio/rollup',
    query: portfolioRollupQuerySchema,
    response: portfolioRollupSchema,
    status: 200,
    summary: 'The portfolio rolled up by catalog group, and week by week.',
    description:
      'Per child group of `group` (or per top-level group): programmes, levels against targets per process and readiness; and the portfolio under it by week, from the weekly snapshots. Only programmes the caller may read count. An unknown `group` is a 404.',
  }),
  listMoments: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/moments',
    response: itemsOf(momentSchema),
    status: 200,
    summary: "The programme's coaching moments, newest first.",
  }),
  recordMoment: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/moments',
    body: momentCreateSchema,
    response: momentSchema,
    status: 201,
    summary: 'Records a coaching moment as the signed-in coach or lead.',
    description:
      'The process must be in the maturity model; the commitment owner must be in the catalog (unless `csip.catalogRefCheck` is `off`).',
    checksCatalogRefs: true,
  }),
  getCoaching: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/coaching',
    response: coachingSummarySchema,
    status: 200,
    summary:
      'The coaching mix, commitments, advice responses and sustain status.',
    description:
      'The mix of moments in the work and scheduled against the 3 : 1 target, open and due commitments and their outcomes, the team’s latest response to each suggestion, who led the published reviews, and sustain monitoring (review cadence, lapse, level drops).',
  }),
  listFollowUps: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/follow-ups',
    response: itemsOf(followUpSchema),
    status: 200,
    summary: "The programme's commitments, open ones first by follow-up date.",
  }),
  recordFollowUpOutcome: defineEndpoint({
    method: 'POST',
    path: '/follow-ups/:id/outcome',
    body: followUpOutcomeSchema,
    response: followUpSchema,
    status: 200,
    summary: 'Records how a commitment went: kept, partly or not yet.',
    description:
      'Once: a follow-up that already has an outcome is a 409 (record a new commitment instead).',
  }),
  listAdvice: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/advice',
    response: itemsOf(adviceEntrySchema),
    status: 200,
    summary: "The advice log: each suggestion with the team's latest response.",
  }),
  respondToSuggestion: defineEndpoint({
    method: 'POST',
    path: '/reviews/:id/suggestions/:index/response',
    body: adviceResponseCreateSchema,
    defaultsOptional: true,
    response: adviceResponseSchema,
    status: 201,
    summary: "Records the team's response to a suggestion, or what happened.",
    description:
      'Responses are a history: `seen` is how many the caller had read; a response recorded meanwhile is a 409. A suggestion of a review that has been amended is answered on the amendment (409).',
  }),
  listReviewComments: defineEndpoint({
    method: 'GET',
    path: '/reviews/:id/comments',
    response: itemsOf(reviewCommentSchema),
    status: 200,
    summary: 'Comments on a review, oldest first.',
  }),
  addReviewComment: defineEndpoint({
    method: 'POST',
    path: '/reviews/:id/comments',
    body: reviewCommentCreateSchema,
    response: reviewCommentSchema,
    status: 201,
    summary: 'Comments on a review as the signed-in coach or lead.',
  }),
  getMaturityModel: defineEndpoint({
    method: 'GET',
    path: '/maturity-model',
    response: maturityModelSchema,
    status: 200,
    summary: 'Processes, capability levels, ratings and criteria.',
  }),
  getMaturity: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/maturity',
    response: maturityViewSchema,
    status: 200,
    summary: 'Per process: current level, target, trend, calibration gap.',
    description:
      'The trend holds the last 12 published levels of each process; `trendTotal` says how many there are, and `GET /programmes/:id/maturity/trend` pages through the older ones.',
  }),
  getMaturityTrend: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/maturity/trend',
    query: maturityTrendQuerySchema,
    response: maturityTrendPageSchema,
    status: 200,
    summary: "A page of one process's trend: the levels before the cursor.",
    description:
      "`cursor` is the `reviewId` of the oldest point already shown (or the page's `nextCursor`); without it, the latest points. Oldest first; `nextCursor` is there while older points remain. A cursor that is not a published review of the process is a 400.",
  }),
  listReviews: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/reviews',
    response: itemsOf(reviewSchema),
    status: 200,
    summary: 'Every review of a programme, drafts included, newest first.',
  }),
  getReview: defineEndpoint({
    method: 'GET',
    path: '/reviews/:id',
    response: reviewSchema,
    status: 200,
    summary: 'One review.',
  }),
  createReview: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/reviews',
    body: reviewCreateSchema,
    defaultsOptional: true,
    response: reviewSchema,
    status: 201,
    summary: 'Starts a draft review as the signed-in coach.',
  }),
  updateReview: defineEndpoint({
    method: 'PATCH',
    path: '/reviews/:id',
    body: reviewUpdateSchema,
    response: reviewSchema,
    status: 200,
    summary:
      'Edits a draft; a stale `version` or a published review fails with 409.',
  }),
  publishReview: defineEndpoint({
    method: 'POST',
    path: '/reviews/:id/publish',
    body: reviewPublishSchema,
    response: reviewSchema,
    status: 200,
    summary: 'Publishes a draft; open tone findings need `acknowledgeTone`.',
  }),
  amendReview: defineEndpoint({
    method: 'POST',
    path: '/reviews/:id/amendments',
    body: reviewAmendmentSchema,
    response: reviewSchema,
    status: 201,
    summary: 'Records a published correction of a published review.',
  }),
  checkTone: defineEndpoint({
    method: 'POST',
    path: '/tone/check',
    body: toneCheckRequestSchema,
    bodyField: 'text',
    response: toneCheckResponseSchema,
    status: 200,
    summary:
      'The tone checker on the server (the editor runs the same function locally).',
  }),
  getToneConfig: defineEndpoint({
    method: 'GET',
    path: '/tone/config',
    response: toneConfigSchema,
    status: 200,
    summary:
      "The portal's `csip.tone` additions, which the editor's checker uses too.",
  }),
  listActions: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/actions',
    response: itemsOf(actionSchema),
    status: 200,
    summary: "The programme's action register.",
  }),
  createAction: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/actions',
    body: actionCreateSchema,
    response: actionSchema,
    status: 201,
    summary: 'Adds an action to the register.',
  }),
  updateAction: defineEndpoint({
    method: 'PATCH',
    path: '/actions/:id',
    body: actionUpdateSchema,
    response: actionSchema,
    status: 200,
    summary:
      'Updates with optimistic concurrency: a stale `version` fails with 409.',
  }),
  getHandover: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/handover',
    response: handoverViewSchema,
    status: 200,
    summary:
      'Checklist, knowledge-transfer score, coverage, fade-out, readiness, summit.',
  }),
  updateHandoverItem: defineEndpoint({
    method: 'PATCH',
    path: '/handover/items/:id',
    body: handoverItemUpdateSchema,
    response: handoverItemSchema,
    status: 200,
    summary:
      'Members mark items; only coaches verify; evidence is required for both.',
  }),
  addHandoverItem: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/handover/items',
    body: handoverItemCreateSchema,
    response: handoverItemSchema,
    status: 201,
    summary: 'Adds a custom checklist item (leads and coaches).',
  }),
  putSkills: defineEndpoint({
    method: 'PUT',
    path: '/programmes/:id/skills',
    body: skillsMatrixSchema,
    response: skillsMatrixViewSchema,
    status: 200,
    summary:
      'Replaces the skills matrix (leads and coaches); a stale `version` fails with 409.',
  }),
  exportProgramme: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/export',
    response: programmeArchiveSchema,
    status: 200,
    summary: 'The whole programme as one portable, id-free JSON document.',
  }),
  importProgramme: defineEndpoint({
    method: 'POST',
    path: '/import',
    body: programmeArchiveSchema,
    uncheckedBody: true,
    response: programmeSchema,
    status: 201,
    summary: 'Imports an export as a new programme.',
    description:
      'An invalid document fails with 400 naming the offending fields (also an owner or member the catalog does not have, unless `csip.catalogRefCheck` is `off`), a caller who may not create programmes with 403.',
    checksCatalogRefs: true,
  }),
  downloadPortfolioCsv: defineEndpoint({
    method: 'GET',
    path: '/programmes.csv',
    query: programmeListQuerySchema,
    ignoredQuery: ['limit', 'cursor'],
    response: csvResponse,
    status: 200,
    summary: 'The portfolio under the same filters and sort, as CSV.',
    description:
      'Every row: `limit` and `cursor` are checked, as for the list, but ignored.',
  }),
  ...selfAssessmentEndpoints,
  ...outcomesEndpoints,
  ...feedbackEndpoints,
};

/** The name of an endpoint, which is its client method's name. @public */
export type CsipEndpointName = keyof typeof csipEndpoints;
