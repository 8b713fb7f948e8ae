import { LoggerService } from '@backstage/backend-plugin-api';
import {
  MaturityModel,
  PROGRAMME_PHASES,
  ProgrammePhase,
  ReadinessAnswers,
  recommendApproach,
  ScopeVersionCreate,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { openStores } from '../database/createStores';
import { NewProgramme } from '../database/ProgrammeStore';
import { seedDemoCoaching, SUSTAIN_DEMO_PROGRAMME } from './seedDemoCoaching';
import { seedDemoFeedback } from './seedDemoFeedback';
import { seedDemoHandover } from './seedDemoHandover';
import { DEMO_KPIS, seedDemoOutcomes } from './seedDemoOutcomes';
import { seedDemoReviews } from './seedDemoReviews';
import {
  SELF_ASSESSMENTS_SEEDED_KEY,
  seedDemoSelfAssessments,
} from './seedDemoSelfAssessments';

const SEEDED_KEY = 'demo-data-seeded';
/** Reviews and handover came later, so portals seeded before them get them once too. */
const REVIEWS_SEEDED_KEY = 'demo-reviews-seeded';
/** Coaching between reviews came later still. */
const COACHING_SEEDED_KEY = 'demo-coaching-seeded';
/** Outcome KPIs and closing programmes came after that. */
const OUTCOMES_SEEDED_KEY = 'demo-outcomes-seeded';
/** Partnership feedback rounds came then. */
const FEEDBACK_SEEDED_KEY = 'demo-feedback-seeded';
const CLAIM_KEYS = [
  SEEDED_KEY,
  REVIEWS_SEEDED_KEY,
  COACHING_SEEDED_KEY,
  SELF_ASSESSMENTS_SEEDED_KEY,
  OUTCOMES_SEEDED_KEY,
  FEEDBACK_SEEDED_KEY,
];

/** A demo programme and how far it has come. @internal */
export type DemoProgramme = NewProgramme & {
  phase: ProgrammePhase;
  decision: {
    decidedBy: string;
    answers: ReadinessAnswers;
    rationale: string;
    revisitOn?: string;
  };
};

/** Programmes of the demo IT department in examples/org.yaml. */
const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    title: 'Change management CSIP',
    vision:
      'Changes land safely first time: fewer failed changes, fewer emergency changes, and a CAB that adds value.',
    driver: 'operational',
    businessDrivers: [
      {
        text: 'One in five changes fails or is rolled back',
        visibility: 'obvious',
      },
      {
        text: 'Engineers bypass the CAB because it is slow',
        visibility: 'hidden',
      },
    ],
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
      { userRef: 'user:default/alex.coach', role: 'coach' },
      { userRef: 'user:default/priya.change', role: 'lead' },
      { userRef: 'user:default/omar.ops', role: 'member' },
      { userRef: 'user:default/guest', role: 'member' },
    ],
    createdBy: 'user:default/priya.change',
    phase: 'implement',
    decision: {
      decidedBy: 'user:default/dana.sponsor',
      answers: {
        experience: 2,
        capacity: 3,
        ownership: 4,
        openness: 4,
        urgency: 3,
        budget: 3,
        retainKnowhow: 5,
        riskTolerance: 2,
      },
      rationale:
        'We want the know-how to stay with the team; a coach for the first two review cycles.',
      revisitOn: '2027-03-31',
    },
  },
  {
    title: 'Service desk stabilisation',
    vision:
      'Users get a fix or a clear answer within the agreed service levels.',
    driver: 'operational',
    businessDrivers: [
      {
        text: 'Missed resolution SLAs for three months running',
        visibility: 'obvious',
      },
    ],
    ownerRef: 'group:default/service-desk',
    members: [
      { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
      { userRef: 'user:default/sam.desk', role: 'lead' },
      { userRef: 'user:default/ines.desk', role: 'member' },
    ],
    createdBy: 'user:default/sam.desk',
    phase: 'establish',
    decision: {
      decidedBy: 'user:default/dana.sponsor',
      answers: {
        experience: 1,
        capacity: 1,
        ownership: 3,
        openness: 4,
        urgency: 5,
        budget: 5,
        retainKnowhow: 2,
        riskTolerance: 1,
      },
      rationale:
        'The SLA breaches are urgent and the desk has no spare capacity; an outside team fixes the basics first.',
    },
  },
  {
    title: 'Configuration and release for the payments platform',
    vision:
      'Every release of the payments platform is traceable to the configuration items it changes.',
    driver: 'strategic',
    businessDrivers: [
      {
        text: 'The card-scheme audit asks for release traceability',
        visibility: 'obvious',
      },
      {
        text: 'Two teams keep separate, conflicting CI lists',
        visibility: 'hidden',
      },
    ],
    ownerRef: 'system:default/payments-platform',
    members: [
      { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
      { userRef: 'user:default/tomas.config', role: 'lead' },
      { userRef: 'user:default/lena.release', role: 'lead' },
      { userRef: 'user:default/omar.ops', role: 'member' },
    ],
    createdBy: 'user:default/tomas.config',
    phase: 'review',
    decision: {
      decidedBy: 'user:default/tomas.config',
      answers: {
        experience: 5,
        capacity: 4,
        ownership: 4,
        openness: 2,
        urgency: 2,
        budget: 1,
        retainKnowhow: 4,
        riskTolerance: 4,
      },
      rationale: '',
    },
  },
];

function demoScope(phase: ProgrammePhase): ScopeVersionCreate {
  return {
    processes: [
      {
        process: 'change',
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2027-06-30',
      },
      {
        process: 'configuration',
        baselineLevel: 0,
        targetLevel: 2,
        targetDate: '2027-09-30',
      },
      {
        process: 'release',
        baselineLevel: 1,
        targetLevel: 2,
        targetDate: '2027-09-30',
      },
    ],
    objectives: [
      'Halve the change failure rate',
      'Every change to production has an owner and a rollback plan',
    ],
    outOfScope: ['Incident and problem management', 'Tool replacement'],
    milestones: [
      { title: 'Baseline review of all three processes', date: '2027-01-31' },
      { title: 'Team-led review without the coach', date: '2027-05-31' },
    ],
    resources: {
      coachDays: phase === 'establish' ? 12 : 20,
      budget: 30000,
      notes: 'Coach two days a fortnight; process owners one day a week.',
    },
    assumptions: ['Process owners are named before the first review'],
    approvers: [],
    kpis: DEMO_KPIS,
  };
}

/** Demo stores bound to the seeding transaction. */
export type SeedStores = Awaited<ReturnType<typeof openStores>>;

/**
 * Inserts the claim row `key` into `csip_meta` inside the seeding
 * transaction, unless it is there: true when this run made the claim. A
 * concurrent seeding on PostgreSQL waits here for the other transaction and
 * then finds the row; if both commit nothing twice, the claim and the data
 * it stands for commit (or roll back) together.
 *
 * @internal
 */
export async function claim(
  tx: Knex.Transaction,
  key: string,
): Promise<boolean> {
  const rows = await tx('csip_meta')
    .insert({ key, value: new Date().toISOString() })
    .onConflict('key')
    .ignore()
    .returning('key');
  return rows.length > 0;
}

/**
 * Seeds the demo programmes once, on the first start of a portal that sets
 * `csip.demoData: true`; later starts (and a database someone already used)
 * are left alone. Runs in one transaction that also inserts the claim rows
 * in `csip_meta`, so it is idempotent: a second run (another instance, a
 * retry, a run after a crash half-way) never duplicates anything, and a run
 * that fails leaves nothing behind. Meant to run as a global scheduler task
 * (see `scheduleStartupTasks`), so instances do not even try together.
 *
 * @returns the ids of the programmes it seeded or added reviews to (whose
 *   portfolio status the caller refreshes once this has committed)
 * @internal
 */
export async function seedDemoData(options: {
  knex: Knex;
  model: MaturityModel;
  logger: LoggerService;
}): Promise<string[]> {
  const { knex, model, logger } = options;
  // Fast path, outside any transaction: a seeded portal does nothing.
  const done = await knex('csip_meta').whereIn('key', CLAIM_KEYS).select('key');
  if (done.length === CLAIM_KEYS.length) return [];

  const result = await knex.transaction(async tx => {
    const stores = await openStores({
      getClient: async () => tx,
      migrations: { skip: true },
    });
    const touched: string[] = [];
    if (await claim(tx, SEEDED_KEY)) {
      touched.push(...(await seedProgrammes(stores)));
    }
    if (await claim(tx, REVIEWS_SEEDED_KEY)) {
      const id = await seedReviewsAndHandover(stores, model);
      if (id) touched.push(id);
    }
    if (await claim(tx, COACHING_SEEDED_KEY)) {
      touched.push(...(await seedCoaching(stores)));
    }
    if (await claim(tx, OUTCOMES_SEEDED_KEY)) {
      touched.push(...(await seedOutcomes(stores)));
    }
    if (await claim(tx, FEEDBACK_SEEDED_KEY)) {
      const changeCsip = await findDemoProgramme(stores, DEMO_PROGRAMMES[0]);
      if (changeCsip) {
        touched.push(
          ...(await seedDemoFeedback({ stores, programmeId: changeCsip.id })),
        );
      }
    }
    // Last: the answers belong to the round after every seeded review.
    if (await claim(tx, SELF_ASSESSMENTS_SEEDED_KEY)) {
      const changeCsip = await findDemoProgramme(stores, DEMO_PROGRAMMES[0]);
      touched.push(...(await seedDemoSelfAssessments(stores, changeCsip?.id)));
    }
    return touched;
  });
  const ids = [...new Set(result)];
  if (ids.length) logger.info(`Seeded demo data in ${ids.length} programmes`);
  return ids;
}

/** The demo programme seeded from `demo`, if this portal has it. */
async function findDemoProgramme(stores: SeedStores, demo: DemoProgramme) {
  const { items } = await stores.programmes.listProgrammes({
    q: demo.title,
    limit: 5,
  });
  const summary = items.find(p => p.title === demo.title);
  const programme =
    summary && (await stores.programmes.getProgramme(summary.id));
  return programme?.createdBy === demo.createdBy ? programme : undefined;
}

async function seedCoaching(stores: SeedStores): Promise<string[]> {
  const changeCsip = await findDemoProgramme(stores, DEMO_PROGRAMMES[0]);
  if (!changeCsip) return [];
  const payments = await findDemoProgramme(stores, DEMO_PROGRAMMES[2]);
  return seedDemoCoaching({
    stores,
    changeCsipId: changeCsip.id,
    paymentsId: payments?.id,
    seedProgramme: demo => seedProgramme(stores, demo),
  });
}

async function seedOutcomes(stores: SeedStores): Promise<string[]> {
  const changeCsip = await findDemoProgramme(stores, DEMO_PROGRAMMES[0]);
  const contactCentre = await findDemoProgramme(stores, SUSTAIN_DEMO_PROGRAMME);
  return seedDemoOutcomes({
    stores,
    changeCsipId: changeCsip?.id,
    contactCentreId: contactCentre?.id,
  });
}

async function seedReviewsAndHandover(
  stores: SeedStores,
  model: MaturityModel,
): Promise<string | undefined> {
  const { scopes: scopeStore } = stores;
  const changeCsip = await findDemoProgramme(stores, DEMO_PROGRAMMES[0]);
  if (!changeCsip) return undefined;
  await seedDemoReviews(stores.reviews, stores.actions, changeCsip.id);
  const [scope] = await scopeStore.listVersions(changeCsip.id);
  await seedDemoHandover({
    handover: stores.handover,
    model,
    programmeId: changeCsip.id,
    processes: scope?.processes.map(p => p.process) ?? [],
  });
  return changeCsip.id;
}

/**
 * Creates one demo programme as its creator would have: the approach
 * decision, a published scope (agreed by the sponsor past establish) and
 * the phase moves up to its phase.
 *
 * @returns the new programme's id
 * @internal
 */
export async function seedProgramme(
  stores: SeedStores,
  demo: DemoProgramme,
): Promise<string> {
  const {
    programmes: programmeStore,
    decisions: decisionStore,
    scopes: scopeStore,
  } = stores;
  const { phase, decision, ...programme } = demo;
  const created = await programmeStore.createProgramme(programme);
  const { recommended } = recommendApproach(decision.answers);
  await decisionStore.recordDecision({
    programmeId: created.id,
    approach: recommended,
    recommended,
    answers: decision.answers,
    rationale: decision.rationale,
    revisitOn: decision.revisitOn,
    decidedBy: decision.decidedBy,
  });
  // Every demo programme has a published scope; those past establish
  // had it agreed by their sponsor, as the gate requires.
  const version = await scopeStore.publishVersion(
    created.id,
    demoScope(phase),
    programme.createdBy,
  );
  const target = PROGRAMME_PHASES.indexOf(phase);
  if (target > 0) {
    await scopeStore.recordAgreement({
      programmeId: created.id,
      versionNumber: version.number,
      userRef: 'user:default/dana.sponsor',
      decision: 'agree',
      comment: 'Agreed at the programme board.',
    });
  }
  for (let i = 0; i < target; i++) {
    await programmeStore.movePhase({
      programmeId: created.id,
      from: PROGRAMME_PHASES[i],
      to: PROGRAMME_PHASES[i + 1],
      reason: 'Demo data',
      movedBy: programme.createdBy,
    });
  }
  return created.id;
}

async function seedProgrammes(stores: SeedStores): Promise<string[]> {
  const existing = await stores.programmes.listProgrammes({ limit: 1 });
  if (existing.items.length > 0) return [];
  const ids: string[] = [];
  for (const demo of DEMO_PROGRAMMES) {
    ids.push(await seedProgramme(stores, demo));
  }
  return ids;
}

/**
 * Whether the demo data has been seeded (by this instance or another).
 *
 * @internal
 */
export async function isDemoDataSeeded(knex: Knex): Promise<boolean> {
  const rows = await knex('csip_meta').whereIn('key', CLAIM_KEYS).select('key');
  return rows.length === CLAIM_KEYS.length;
}
