// Programme exports for the bench, made programmatically in the shape of
// `GET /programmes/:id/export` (programmeArchiveSchema in
// plugins/csip-common/src/archive/): imported through `POST /import`, so the
// data set goes in through the product's own import code.
//
// One programme: 3 processes × `reviewsPerProcess` published reviews (10
// criterion ratings each), 10 actions (some overdue), the 18 handover
// template items, one agreed scope version and one approach decision.

export const PROCESSES = ['change', 'configuration', 'release'];
export const PHASES = [
  'establish',
  'implement',
  'review',
  'handover',
  'sustain',
];
const APPROACHES = ['diy', 'diy-with-coaching', 'done-to-you'];
const OWNERS = [
  'group:default/it-operations',
  'group:default/service-desk',
  'system:default/payments-platform',
];
/** The demo personas; the guest is a coach everywhere so it may write. */
const MEMBERS = [
  { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
  { userRef: 'user:default/priya.change', role: 'lead' },
  { userRef: 'user:default/guest', role: 'coach' },
  { userRef: 'user:default/omar.ops', role: 'member' },
];
const NAMES = {
  change: 'Change management',
  configuration: 'Configuration management',
  release: 'Release management',
};
/** The handover template items of the demo programmes: [key, category, process?, weight, critical, title]. */
const HANDOVER = [
  [
    'process-owner-accepted',
    'ownership',
    'change',
    3,
    true,
    'A named process owner has accepted ownership of',
  ],
  [
    'process-owner-accepted',
    'ownership',
    'configuration',
    3,
    true,
    'A named process owner has accepted ownership of',
  ],
  [
    'process-owner-accepted',
    'ownership',
    'release',
    3,
    true,
    'A named process owner has accepted ownership of',
  ],
  [
    'sponsor-confirms-ownership',
    'ownership',
    undefined,
    2,
    false,
    'The sponsor confirms the team owns the programme',
  ],
  [
    'documentation-owned',
    'documentation',
    'change',
    2,
    false,
    'Documentation is maintained by the team for',
  ],
  [
    'documentation-owned',
    'documentation',
    'configuration',
    2,
    false,
    'Documentation is maintained by the team for',
  ],
  [
    'documentation-owned',
    'documentation',
    'release',
    2,
    false,
    'Documentation is maintained by the team for',
  ],
  [
    'review-without-coach',
    'skills',
    'change',
    3,
    true,
    'The team ran a review without the coach of',
  ],
  [
    'review-without-coach',
    'skills',
    'configuration',
    3,
    true,
    'The team ran a review without the coach of',
  ],
  [
    'review-without-coach',
    'skills',
    'release',
    3,
    true,
    'The team ran a review without the coach of',
  ],
  [
    'new-members-onboarded',
    'skills',
    undefined,
    1,
    false,
    'The team introduces new members to the model',
  ],
  [
    'metrics-kept',
    'measurement',
    'change',
    2,
    false,
    'The team keeps and reports the metrics of',
  ],
  [
    'metrics-kept',
    'measurement',
    'configuration',
    2,
    false,
    'The team keeps and reports the metrics of',
  ],
  [
    'metrics-kept',
    'measurement',
    'release',
    2,
    false,
    'The team keeps and reports the metrics of',
  ],
  [
    'improvement-register-owned',
    'governance',
    undefined,
    2,
    true,
    'The improvement register is owned by the team',
  ],
  [
    'actions-tracked',
    'governance',
    undefined,
    1,
    false,
    'Review actions are followed up without prompting',
  ],
  [
    'next-phase-planned',
    'continuity',
    undefined,
    3,
    true,
    'The next CSIP phase is planned by the team',
  ],
  [
    'successors-named',
    'continuity',
    undefined,
    1,
    false,
    'A successor is named for each process owner',
  ],
];

const DAY = 86_400_000;
const iso = ms => new Date(ms).toISOString();
const isoDate = ms => iso(ms).slice(0, 10);

/** 10 ratings of one review: level 1 criteria F, level 2 L (or P), 3-1 P, 3-2 N. */
function ratings(process, variant) {
  const out = [];
  for (let c = 1; c <= 4; c++)
    out.push({ criterionId: `${process}-1-${c}`, coach: 'F' });
  for (let c = 1; c <= 4; c++) {
    out.push({
      criterionId: `${process}-2-${c}`,
      coach: variant % 3 ? 'L' : 'P',
    });
  }
  out.push({ criterionId: `${process}-3-1`, coach: 'P' });
  out.push({ criterionId: `${process}-3-2`, coach: 'N' });
  return out;
}

/**
 * An export of programme number `i`: `reviewsPerProcess` published reviews
 * of each of the three processes. Deterministic in `i`.
 */
export function makeArchive(
  i,
  { reviewsPerProcess = 2, now = Date.now() } = {},
) {
  const created = now - (400 + (i % 300)) * DAY - i * 1000;
  const at = offsetDays => iso(created + offsetDays * DAY);
  const phase = PHASES[i % PHASES.length];
  const reviews = [];
  let k = 0;
  for (const process of PROCESSES) {
    for (let r = 0; r < reviewsPerProcess; r++) {
      k++;
      const day = 10 + Math.floor((r * 300) / Math.max(1, reviewsPerProcess));
      reviews.push({
        key: `review-${k}`,
        process,
        date: isoDate(created + day * DAY),
        ledBy: 'coach',
        participants: ['Sam Okafor'],
        evidence: ['interview'],
        ratings: ratings(process, i + r),
        strengths: [],
        observations: [],
        suggestions: [],
        actions: [],
        state: 'published',
        author: 'user:default/guest',
        level: (i + r) % 3 ? 2 : 1,
        createdAt: at(day),
        updatedAt: at(day),
        publishedAt: at(day),
      });
    }
  }
  const actions = [];
  for (let a = 0; a < 10; a++) {
    const process = PROCESSES[a % 3];
    // Due dates from 100 days ago to 100 days ahead: about half overdue
    // while open; a quarter done.
    const due = now + (((i * 7 + a * 37) % 200) - 100) * DAY;
    actions.push({
      description: `Bench action ${a + 1} of programme ${i}`,
      owner: MEMBERS[a % MEMBERS.length].userRef,
      measure: 'The team board shows it done',
      dueDate: isoDate(due),
      status: ['open', 'in-progress', 'open', 'done'][(i + a) % 4],
      source: reviews.length
        ? {
            type: 'review',
            process,
            review: `review-${1 + (a % reviews.length)}`,
          }
        : { type: 'manual' },
      createdBy: 'user:default/guest',
      createdAt: at(20),
      updatedAt: at(21),
    });
  }
  return {
    format: 'csip-coach.programme',
    formatVersion: 1,
    exportedAt: iso(now),
    exportedBy: 'user:default/guest',
    programme: {
      title: `Bench programme ${String(i).padStart(5, '0')}`,
      vision: `Programme ${i} keeps its change and release habits on its own.`,
      driver: i % 2 ? 'operational' : 'strategic',
      businessDrivers: [
        { text: 'Releases used to break things', visibility: 'obvious' },
      ],
      ownerRef: OWNERS[i % OWNERS.length],
      members: MEMBERS,
      phase,
      archived: false,
      createdBy: 'user:default/priya.change',
      createdAt: at(0),
      updatedAt: at(30),
    },
    phaseHistory: [],
    decisions: [
      {
        approach: APPROACHES[i % APPROACHES.length],
        rationale: 'Decided at the programme board.',
        decidedBy: 'user:default/dana.sponsor',
        decidedAt: at(1),
      },
    ],
    scopeVersions: [
      {
        number: 1,
        scope: {
          processes: PROCESSES.map((process, p) => ({
            process,
            baselineLevel: p % 2,
            targetLevel: 2 + ((i + p) % 2),
            targetDate: isoDate(now + (100 + p * 30) * DAY),
          })),
          objectives: ['Halve the change failure rate'],
          outOfScope: [],
          milestones: [],
          resources: { coachDays: 20, budget: 30000, notes: '' },
          assumptions: [],
          approvers: [],
          kpis: [],
        },
        publishedBy: 'user:default/guest',
        publishedAt: at(2),
        agreements:
          i % 4 === 3
            ? []
            : [
                {
                  userRef: 'user:default/dana.sponsor',
                  decision: 'agree',
                  comment: 'Agreed at the programme board.',
                  at: at(3),
                },
              ],
      },
    ],
    reviews,
    actions,
    handover: {
      items: HANDOVER.map(
        ([templateKey, category, process, weight, critical, title], h) => ({
          templateKey,
          title: process ? `${title} ${NAMES[process]}` : title,
          description: 'Shown by the team at a team meeting.',
          category,
          ...(process && { process }),
          weight,
          critical,
          status: (i + h) % 3 ? 'not-started' : 'in-progress',
          updatedAt: at(25),
        }),
      ),
      skills: { people: [] },
    },
  };
}

/** What one archive counts, for the meta of the results. */
export function archiveCounts(archive) {
  return {
    reviews: archive.reviews.length,
    ratings: archive.reviews.reduce((n, r) => n + r.ratings.length, 0),
    actions: archive.actions.length,
    handoverItems: archive.handover.items.length,
  };
}
