import {
  FEEDBACK_BARRIER_IDS,
  type FeedbackBarrier,
  type FeedbackResponseCreate,
} from '@csip-coach/plugin-csip-common';
import type { SeedStores } from './seedDemoData';

const COACH = 'user:default/alex.coach';
const PRIYA = 'user:default/priya.change';

const CLIENT = 'Contoso IT';
const PARTNER = 'Fabrikam Managed Services';

/** An ISO date `days` from `today` (negative: before). */
function day(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** A response rating all twelve barriers: those in `ratings` as given, the rest 0. */
function response(
  organisation: string,
  ratings: Partial<Record<FeedbackBarrier, number>>,
  comments: Partial<Record<FeedbackBarrier, string>> = {},
  anonymous = true,
): FeedbackResponseCreate {
  return {
    organisation,
    anonymous,
    barriers: FEEDBACK_BARRIER_IDS.map(barrier => ({
      barrier,
      severity: ratings[barrier] ?? 0,
      ...(comments[barrier] && { comment: comments[barrier] }),
    })),
  };
}

/** Who answered the demo round, and what (most of them anonymously). */
const ANSWERS: Array<[string, FeedbackResponseCreate]> = [
  [
    PRIYA,
    response(
      CLIENT,
      { 'sla-driven': 3, 'no-end-to-end-visibility': 2, mistrust: 1 },
      { 'sla-driven': 'We argue about the SLA clock, not the customer.' },
      false,
    ),
  ],
  [
    'user:default/omar.ops',
    response(CLIENT, {
      'sla-driven': 2,
      'incompatible-systems': 3,
      'no-end-to-end-visibility': 3,
    }),
  ],
  [
    'user:default/tomas.config',
    response(
      CLIENT,
      { 'incompatible-systems': 2, 'need-to-know-communication': 2 },
      {
        'incompatible-systems':
          'Two ticketing tools and a spreadsheet between them.',
      },
    ),
  ],
  [
    'user:default/lena.release',
    response(CLIENT, { 'sla-driven': 2, mistrust: 2, hierarchy: 1 }),
  ],
  [
    'user:default/sam.desk',
    response(
      PARTNER,
      { 'need-to-know-communication': 3, mistrust: 2, 'wrong-measures': 2 },
      {
        'need-to-know-communication':
          'We hear about changes when the calls start.',
      },
    ),
  ],
  [
    'user:default/ines.desk',
    response(PARTNER, {
      'need-to-know-communication': 2,
      'wrong-measures': 3,
      'culture-clash': 1,
    }),
  ],
  [
    'user:default/kofi.fabrikam',
    response(PARTNER, {
      'need-to-know-communication': 3,
      mistrust: 1,
      'sla-driven': 1,
    }),
  ],
];

/**
 * A partnership feedback round on the demo "Change management CSIP": the
 * client's IT and its outsourcing partner answered (enough of each for the
 * summary to show both), and the barrier they both feel became an action.
 *
 * @internal
 */
export async function seedDemoFeedback(options: {
  stores: SeedStores;
  programmeId: string;
  today?: Date;
}): Promise<string[]> {
  const { stores, programmeId } = options;
  const today = options.today ?? new Date();
  const round = await stores.feedback.openRound({
    programmeId,
    title: 'Autumn partnership round',
    closesOn: day(today, 14),
    organisations: [CLIENT, PARTNER, 'Business customers'],
    createdBy: COACH,
  });
  for (const [respondent, answer] of ANSWERS) {
    await stores.feedback.recordResponse(round.id, answer, respondent);
  }
  await stores.actions.createAction({
    programmeId,
    description:
      'Invite Fabrikam’s service desk lead to the weekly CAB and share the change schedule with them',
    owner: PRIYA,
    measure:
      'Fabrikam hears of every normal change before it is implemented; no calls about an unannounced change for a month',
    dueDate: day(today, 30),
    source: {
      type: 'feedback',
      feedbackRoundId: round.id,
      barrier: 'need-to-know-communication',
    },
    createdBy: COACH,
  });
  return [programmeId];
}
