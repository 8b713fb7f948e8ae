import { z } from 'zod';
import { actionSchema } from '../actions/actionSchema';
import { defineEndpoint } from '../api/defineEndpoint';
import {
  feedbackActionCreateSchema,
  feedbackResponseCreateSchema,
  feedbackResponseSchema,
  feedbackRoundCreateSchema,
  feedbackRoundSchema,
  feedbackSummarySchema,
} from './feedbackSchema';

/**
 * The endpoints of partnership feedback rounds, spread into `csipEndpoints`.
 *
 * @public
 */
export const feedbackEndpoints = {
  listFeedbackRounds: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/feedback-rounds',
    response: z.object({ items: z.array(feedbackRoundSchema) }),
    status: 200,
    summary: "The programme's partnership feedback rounds, newest first.",
  }),
  openFeedbackRound: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/feedback-rounds',
    body: feedbackRoundCreateSchema,
    response: feedbackRoundSchema,
    status: 201,
    summary: 'Opens a partnership feedback round (coaches and leads).',
  }),
  respondToFeedbackRound: defineEndpoint({
    method: 'POST',
    path: '/feedback-rounds/:id/responses',
    body: feedbackResponseCreateSchema,
    response: feedbackResponseSchema,
    status: 201,
    summary:
      'Answers a round as the signed-in user, once; optionally anonymously.',
    description:
      'Anyone who may read the programme answers (partners and customers need not be members) until the closing day; after it, or a second time, a 409. The organisation must be one of the round’s. An anonymous answer is stored without its respondent.',
  }),
  getFeedbackSummary: defineEndpoint({
    method: 'GET',
    path: '/feedback-rounds/:id/summary',
    response: feedbackSummarySchema,
    status: 200,
    summary: 'The summary per barrier and per organisation.',
    description:
      'Withheld below 3 responses; organisations with fewer than 3 responses are folded into "other" (and more of them while "other" holds fewer than 3). Never says who answered.',
  }),
  createFeedbackAction: defineEndpoint({
    method: 'POST',
    path: '/feedback-rounds/:id/actions',
    body: feedbackActionCreateSchema,
    response: actionSchema,
    status: 201,
    summary:
      'Turns a barrier of the round into an owned action (coaches and leads).',
  }),
};
