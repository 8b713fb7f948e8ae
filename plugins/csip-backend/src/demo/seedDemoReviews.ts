import {
  BUILT_IN_MATURITY_MODEL,
  computeLevel,
  levelledRatings,
  Rating,
  ReviewCreate,
  reviewCreateSchema,
  ReviewRating,
} from '@csip-coach/plugin-csip-common';
import { ActionStore } from '../database/ActionStore';
import { ReviewStore } from '../database/ReviewStore';

/**
 * Ratings of a built-in process from one string per level, e.g. 'FFLF'.
 *
 * @internal
 */
export function ratings(
  process: string,
  coach: string[],
  team?: string[],
): ReviewRating[] {
  return coach.flatMap((levelRatings, index) =>
    [...levelRatings].map((rating, n) => ({
      criterionId: `${process}-${index + 1}-${n + 1}`,
      coach: rating as Rating,
      ...(team && { team: team[index][n] as Rating }),
    })),
  );
}

/**
 * The ratings with some criteria changed, such as one rated Not applicable
 * with its reason or one given its evidence.
 */
function withDetails(
  given: ReviewRating[],
  details: Record<string, Partial<ReviewRating>>,
): ReviewRating[] {
  return given.map(r => ({ ...r, ...details[r.criterionId] }));
}

const COACH = 'user:default/alex.coach';
const PRIYA = 'user:default/priya.change';
const OMAR = 'user:default/omar.ops';

/**
 * Published reviews of the demo "Change management CSIP", oldest first.
 *
 * @internal
 */
export const DEMO_REVIEWS: unknown[] = [
  {
    process: 'change',
    date: '2026-08-20',
    ledBy: 'coach',
    participants: ['Priya Nair', 'Omar Haddad'],
    evidence: ['interview', 'document'],
    ratings: ratings('change', ['LFLF', 'PPNL', 'NNPN', 'NNNN', 'NNNN']),
    strengths: [
      'Every change to production has a record in the service management tool before it starts.',
      'The team talks openly about changes that did not go to plan.',
    ],
    observations: [
      'We observed that emergency changes are recorded after they are made, often the next day.',
      'Risk is assessed in the CAB meeting rather than before it.',
    ],
    suggestions: [
      {
        technique: 'Risk checklist on the request',
        advice:
          'Add five risk questions to the change form so the assessment arrives with the request.',
      },
    ],
    actions: [
      {
        description: 'Add a five-question risk checklist to the change form',
        owner: PRIYA,
        measure:
          'Every normal change raised after the due date carries the checklist',
        dueDate: '2026-09-30',
      },
    ],
  },
  {
    process: 'change',
    date: '2026-10-22',
    ledBy: 'co-led',
    participants: ['Priya Nair', 'Omar Haddad', 'Dana Whitfield'],
    evidence: ['observation', 'metrics', 'team-session'],
    ratings: withDetails(
      ratings(
        'change',
        ['FFFF', 'LLFL', 'PNPL', 'NNNN', 'NNNN'],
        ['FFFF', 'FFFL', 'LPLL', 'NNNN', 'NNNN'],
      ),
      {
        'change-1-1': {
          evidence: [
            {
              kind: 'document',
              note: 'Sampled 20 production changes from September: each had a record opened before the work started.',
            },
          ],
        },
        'change-2-2': {
          evidence: [
            {
              kind: 'observation',
              note: 'Sat in on the CAB of 15 October: the risk checklist answers were read out for each change.',
            },
            {
              kind: 'document',
              note: 'Change form with the five risk questions',
              link: 'https://wiki.example.com/change/risk-checklist',
            },
          ],
        },
        'change-2-3': {
          evidence: [
            {
              kind: 'metrics',
              note: 'The change schedule for the next four weeks is published every Friday.',
              link: 'https://wiki.example.com/change/schedule',
            },
          ],
        },
        'change-3-4': {
          coach: 'NA',
          naReason:
            'Two people assess and authorise changes, and both wrote the process; the organisation has no induction for a role this small. We agreed to rate it again when the CAB grows.',
          evidence: [
            {
              kind: 'interview',
              note: 'Asked Priya who assesses and authorises changes today.',
            },
          ],
        },
      },
    ),
    strengths: [
      'The risk checklist is on every normal change we sampled.',
      'The CAB now finishes on time and decides from the checklist answers.',
    ],
    observations: [
      'Post-implementation reviews happen for major changes; for others they are not yet planned.',
    ],
    suggestions: [
      {
        technique: 'Standard change models',
        advice:
          'Pick the two most frequent low-risk changes and agree a pre-approved model for each.',
        area: 'operations',
        why: 'Routine, low-risk changes take up most of the CAB’s agenda.',
        evidence:
          'Eight of the twelve changes at the CAB of 15 October were routine patches with the same steps.',
        expectedImprovement:
          'The CAB spends its time on the changes that carry risk, and routine patches go ahead without waiting for it.',
      },
      {
        technique: 'Change success rate on the team board',
        advice:
          'Chart the monthly change success rate where the team meets, and discuss it at the CAB.',
        area: 'targets-measures',
        why: 'The team wants to see whether the risk checklist makes changes succeed more often.',
        evidence:
          'Change outcomes are recorded on each change, but they are not yet added up.',
        expectedImprovement:
          'A monthly success rate the team trusts, and a baseline for level 4.',
      },
    ],
    actions: [
      {
        description: 'Agree two standard change models with the CAB',
        owner: PRIYA,
        measure: 'Two models approved and listed in the change catalogue',
        dueDate: '2026-11-15',
      },
      {
        description: 'Publish the monthly change success rate',
        owner: OMAR,
        measure: 'The chart is on the team board and updated for December',
        dueDate: '2027-01-10',
      },
    ],
  },
  {
    process: 'configuration',
    date: '2026-10-29',
    ledBy: 'coach',
    participants: ['Omar Haddad'],
    evidence: ['document', 'interview'],
    ratings: ratings('configuration', ['LLFL', 'PNPN', 'NNNN', 'NNNN', 'NNNN']),
    strengths: [
      'Servers and network devices have configuration records with an owner.',
    ],
    observations: [
      'Relationships between applications and the servers they run on are recorded for some services.',
    ],
    suggestions: [
      {
        technique: 'Start from one service',
        advice:
          'Map the payments service end to end first, then reuse the pattern for the next service.',
      },
    ],
    actions: [],
  },
];

/**
 * Publishes one demo review of a built-in process as `author` wrote it,
 * with its level by the level rule (and through it its actions).
 *
 * @internal
 */
export async function publishDemoReview(
  reviewStore: ReviewStore,
  programmeId: string,
  raw: unknown,
  author: string,
): Promise<void> {
  const review: ReviewCreate = reviewCreateSchema.parse(raw);
  const process = BUILT_IN_MATURITY_MODEL.find(p => p.id === review.process)!;
  const draft = await reviewStore.createDraft(programmeId, review, author);
  await reviewStore.publish(draft.id, {
    level: computeLevel(levelledRatings(process.criteria, review.ratings)),
    toneFindings: [],
    toneAcknowledged: false,
    actions: review.actions,
    publishedBy: author,
  });
}

/**
 * Publishes the demo reviews (and through them their actions) on the
 * demo "Change management CSIP", with levels by the level rule, and marks
 * the action the later review found done.
 *
 * @internal
 */
export async function seedDemoReviews(
  reviewStore: ReviewStore,
  actionStore: ActionStore,
  programmeId: string,
): Promise<number> {
  for (const raw of DEMO_REVIEWS) {
    await publishDemoReview(reviewStore, programmeId, raw, COACH);
  }
  // The second review found the risk checklist in use: its action is done.
  const [checklist] = await actionStore.listActions(programmeId);
  await actionStore.updateAction(checklist.id, {
    version: checklist.version,
    status: 'done',
  });
  return DEMO_REVIEWS.length;
}
