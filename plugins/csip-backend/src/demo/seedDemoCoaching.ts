import type { NewMoment } from '../database/MomentStore';
import type { DemoProgramme, SeedStores } from './seedDemoData';
import { publishDemoReview, ratings } from './seedDemoReviews';

const COACH = 'user:default/alex.coach';
const PRIYA = 'user:default/priya.change';
const OMAR = 'user:default/omar.ops';
const LENA = 'user:default/lena.release';
const SAM = 'user:default/sam.desk';

/** An ISO date `days` from `today` (negative: before). */
function day(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/**
 * The demo programme that shows sustain monitoring: the coach has left,
 * the team runs its own reviews, and its last one is overdue.
 *
 * @internal
 */
export const SUSTAIN_DEMO_PROGRAMME: DemoProgramme = {
  title: 'Change and release at the contact centre',
  vision:
    'The contact centre keeps the change and release habits it built with the coach, on its own.',
  driver: 'operational',
  businessDrivers: [
    {
      text: 'Releases used to break the call-routing rules',
      visibility: 'obvious',
    },
  ],
  ownerRef: 'group:default/service-desk',
  members: [
    { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
    { userRef: SAM, role: 'lead' },
    { userRef: 'user:default/ines.desk', role: 'member' },
  ],
  createdBy: SAM,
  phase: 'sustain',
  decision: {
    decidedBy: 'user:default/dana.sponsor',
    answers: {
      experience: 3,
      capacity: 3,
      ownership: 4,
      openness: 4,
      urgency: 2,
      budget: 3,
      retainKnowhow: 5,
      riskTolerance: 3,
    },
    rationale: 'Coached for a year; the team now runs its own reviews.',
    revisitOn: '2026-11-30',
  },
};

/** Coaching moments on the demo "Change management CSIP", relative to today. */
function changeMoments(today: Date): Array<Omit<NewMoment, 'programmeId'>> {
  return [
    {
      process: 'change',
      kind: 'in-the-work',
      context: { kind: 'cab-meeting', title: 'Weekly CAB' },
      observation:
        'The CAB spent twenty minutes on a standard change that already has an approved model.',
      question: 'What would tell you a change is ready for CAB?',
      answer:
        'When the risk checklist is complete and the backout has been tested; standard changes should not come at all.',
      commitment: {
        text: 'Route the three standard-change models straight to the schedule, without CAB',
        owner: PRIYA,
        followUpOn: day(today, -3),
      },
      recordedBy: COACH,
    },
    {
      process: 'change',
      kind: 'in-the-work',
      context: {
        kind: 'change',
        ref: 'CHG0031245',
        title: 'Patch the payments database',
      },
      observation:
        'The implementer wrote the backout plan while the change was already in progress.',
      question:
        'Where in your process would the backout plan be easiest to write?',
      answer:
        'At the request, with the risk checklist, while the design is fresh.',
      commitment: {
        text: 'Add a backout-plan field to the change form',
        owner: OMAR,
        followUpOn: day(today, -20),
      },
      recordedBy: COACH,
    },
    {
      process: 'configuration',
      kind: 'in-the-work',
      context: {
        kind: 'configuration-item',
        ref: 'CI-PAY-DB01',
        title: 'Payments database cluster',
      },
      observation:
        'Two relationships of the database cluster were found by asking the DBA, not in the CMDB.',
      question: 'How would a new engineer find what depends on this CI?',
      answer:
        'They would ask someone; we could record the relationships we used today.',
      commitment: {
        text: 'Record the relationships of the payments database cluster in the CMDB',
        owner: OMAR,
        followUpOn: day(today, 7),
      },
      recordedBy: COACH,
    },
    {
      process: 'change',
      kind: 'in-the-work',
      context: { kind: 'incident', ref: 'INC0092117', title: 'Login outage' },
      observation:
        'The incident was traced to a change within ten minutes because the change record named the CI.',
      question:
        'What made the link from the incident to the change so quick this time?',
      answer: 'The CI was on the change record; we want that every time.',
      recordedBy: COACH,
    },
    {
      process: 'change',
      kind: 'in-the-work',
      context: { kind: 'release', title: 'November mobile release' },
      observation:
        'The release manager asked the CAB for a decision on the release as a whole, not change by change.',
      question: 'Which of the release’s changes carried most of the risk?',
      answer: 'The API gateway change; we will review it on its own next time.',
      recordedBy: PRIYA,
    },
    {
      process: 'change',
      kind: 'scheduled',
      context: { kind: 'other', title: 'Fortnightly coaching session' },
      observation:
        'The team reviewed last month’s failed changes and found two with no test evidence.',
      question: 'What would you want to see before the next change goes in?',
      answer: 'Test evidence attached to the request.',
      commitment: {
        text: 'Ask for test evidence on every normal change for a month',
        owner: PRIYA,
        followUpOn: day(today, -10),
      },
      recordedBy: COACH,
    },
    {
      process: 'change',
      kind: 'scheduled',
      context: { kind: 'other', title: 'Fortnightly coaching session' },
      observation: 'The team mapped where a change request waits longest.',
      question:
        'Where does a request spend the most time waiting, and why there?',
      answer: 'Waiting for CAB; the pre-CAB check may help.',
      recordedBy: COACH,
    },
  ];
}

/**
 * Coaching between reviews for the demo, once (its own claim in
 * `csip_meta`, taken by the caller): moments of both kinds with open, due
 * and kept commitments on "Change management CSIP", the team's responses
 * to its reviews' advice and a coach's comment; a team-led review on the
 * payments programme; and a programme in sustain whose team review is
 * overdue and whose Change level fell.
 *
 * @returns the ids of the programmes it touched
 * @internal
 */
export async function seedDemoCoaching(options: {
  stores: SeedStores;
  changeCsipId: string;
  paymentsId?: string;
  seedProgramme: (demo: DemoProgramme) => Promise<string>;
  today?: Date;
}): Promise<string[]> {
  const { stores, changeCsipId } = options;
  const today = options.today ?? new Date();
  const touched = [changeCsipId];

  const moments = [];
  for (const moment of changeMoments(today)) {
    moments.push(
      await stores.moments.recordMoment({
        ...moment,
        programmeId: changeCsipId,
      }),
    );
  }
  const kept = moments[1].followUpId!;
  await stores.moments.recordOutcome(
    kept,
    {
      outcome: 'kept',
      note: 'The field is on the form and used on every change since.',
    },
    OMAR,
  );
  await stores.moments.recordOutcome(
    moments[5].followUpId!,
    {
      outcome: 'partly',
      note: 'Most normal changes had it; emergency ones did not.',
    },
    PRIYA,
  );

  // The team's responses to the advice of the demo reviews.
  const reviews = (await stores.reviews.listReviews(changeCsipId)).filter(
    r => r.state === 'published',
  );
  const responses: Array<[string, string, string?]> = [
    [
      'adopt',
      'It fits how we already work.',
      'In use since October; the CAB meeting is shorter.',
    ],
    ['defer', 'After the tool upgrade in the spring.'],
    ['decline', 'Our release calendar already covers this.'],
  ];
  let next = 0;
  for (const review of [...reviews].reverse()) {
    for (let index = 0; index < review.suggestions.length; index++) {
      const [response, reason, outcome] = responses[next % responses.length];
      next++;
      const base = {
        reviewId: review.id,
        index,
        programmeId: changeCsipId,
        respondedBy: PRIYA,
        response: response as 'adopt' | 'defer' | 'decline',
        reason,
      };
      await stores.advice.addResponse({ ...base, seen: 0 });
      if (outcome) {
        await stores.advice.addResponse({ ...base, outcome, seen: 1 });
      }
    }
  }
  if (reviews[0]) {
    await stores.advice.addComment({
      reviewId: reviews[0].id,
      programmeId: changeCsipId,
      text: 'The team led most of this conversation; next time I will only listen.',
      author: COACH,
    });
  }

  if (options.paymentsId) {
    touched.push(options.paymentsId);
    await publishDemoReview(
      stores.reviews,
      options.paymentsId,
      {
        process: 'release',
        date: day(today, -14),
        ledBy: 'team',
        participants: ['Lena Fischer', 'Tomás Silva', 'Omar Haddad'],
        evidence: ['team-session', 'document'],
        ratings: ratings('release', ['LLLL', 'PLPP', 'NPNN', 'NNNN', 'NNNN']),
        strengths: ['Every release has a named owner and a go/no-go record.'],
        observations: ['Release notes are written after deployment.'],
        suggestions: [
          {
            technique: 'Release notes from the change records',
            advice:
              'Draft the release notes from the linked change records before the go/no-go.',
          },
        ],
        actions: [],
      },
      LENA,
    );
  }

  const sustainId = await options.seedProgramme(SUSTAIN_DEMO_PROGRAMME);
  touched.push(sustainId);
  await publishDemoReview(
    stores.reviews,
    sustainId,
    {
      process: 'change',
      date: day(today, -220),
      ledBy: 'co-led',
      participants: ['Sam Okafor', 'Inès Laurent'],
      evidence: ['interview', 'metrics'],
      ratings: ratings('change', ['FFFF', 'LLLL', 'LLLL', 'NNNN', 'NNNN']),
      strengths: ['Changes are planned a week ahead with the business.'],
      observations: [],
      suggestions: [],
      actions: [],
    },
    SAM,
  );
  await publishDemoReview(
    stores.reviews,
    sustainId,
    {
      process: 'change',
      date: day(today, -120),
      ledBy: 'team',
      participants: ['Sam Okafor', 'Inès Laurent'],
      evidence: ['team-session'],
      ratings: ratings('change', ['FFFF', 'LLLL', 'PLPP', 'NNNN', 'NNNN']),
      strengths: ['The team ran the review on its own.'],
      observations: [
        'The standard process document was last updated a year ago.',
      ],
      suggestions: [],
      actions: [],
    },
    SAM,
  );
  return touched;
}
