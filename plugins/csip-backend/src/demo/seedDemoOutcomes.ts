import type { KpiCreate } from '@csip-coach/plugin-csip-common';
import type { SeedStores } from './seedDemoData';

const SPONSOR = 'user:default/dana.sponsor';
const PRIYA = 'user:default/priya.change';
const COACH = 'user:default/alex.coach';
const SAM = 'user:default/sam.desk';

/**
 * The outcome KPIs of every demo scope, on its two objectives.
 *
 * @internal
 */
export const DEMO_KPIS: KpiCreate[] = [
  {
    id: 'change-failure-rate',
    objective: 'Halve the change failure rate',
    name: 'Change failure rate',
    unit: '%',
    baseline: 20,
    target: 10,
    direction: 'down',
  },
  {
    id: 'changes-with-rollback-plan',
    objective: 'Every change to production has an owner and a rollback plan',
    name: 'Changes with a rollback plan',
    unit: '%',
    baseline: 55,
    target: 100,
    direction: 'up',
  },
];

/** Month-end readings, oldest first: [months ago, failure rate, rollback plans]. */
const READINGS: ReadonlyArray<[number, number, number]> = [
  [3, 19, 60],
  [2, 17, 71],
  [1, 15, 82],
  [0, 13, 90],
];

/** The last day of the month `monthsAgo` before `today` (today for 0). */
function monthEnd(today: Date, monthsAgo: number): string {
  if (monthsAgo === 0) return today.toISOString().slice(0, 10);
  return new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsAgo + 1, 0),
  )
    .toISOString()
    .slice(0, 10);
}

/**
 * Makes sure the programme's current scope has the demo KPIs: portals
 * seeded before outcome KPIs get a next scope version with them, agreed by
 * the sponsor as the one before was.
 */
async function ensureDemoKpis(stores: SeedStores, programmeId: string) {
  const [current] = await stores.scopes.listVersions(programmeId);
  if (!current || current.kpis?.length) return;
  const {
    programmeId: _id,
    number: _n,
    publishedBy,
    publishedAt: _at,
    ...scope
  } = current;
  const next = await stores.scopes.publishVersion(
    programmeId,
    { ...scope, kpis: DEMO_KPIS },
    publishedBy,
  );
  await stores.scopes.recordAgreement({
    programmeId,
    versionNumber: next.number,
    userRef: SPONSOR,
    decision: 'agree',
    comment: 'Agreed: the KPIs measure what we set out to change.',
  });
}

/**
 * Outcome KPIs and a closing verdict for the demo, once (its own claim in
 * `csip_meta`, taken by the caller): a few months of readings on "Change
 * management CSIP", so that its overview charts progress toward the
 * business outcome, and the contact centre programme, whose coach has
 * left, closed as successful with its outcome and lessons (its team keeps
 * running its own reviews).
 *
 * @returns the ids of the programmes it touched
 * @internal
 */
export async function seedDemoOutcomes(options: {
  stores: SeedStores;
  changeCsipId?: string;
  contactCentreId?: string;
  today?: Date;
}): Promise<string[]> {
  const { stores, changeCsipId, contactCentreId } = options;
  const today = options.today ?? new Date();
  const touched: string[] = [];
  if (changeCsipId) {
    await ensureDemoKpis(stores, changeCsipId);
    for (const [monthsAgo, failureRate, rollbackPlans] of READINGS) {
      const on = monthEnd(today, monthsAgo);
      const recordedBy = monthsAgo % 2 ? COACH : PRIYA;
      await stores.outcomes.recordReading({
        programmeId: changeCsipId,
        kpiId: 'change-failure-rate',
        on,
        value: failureRate,
        recordedBy,
      });
      await stores.outcomes.recordReading({
        programmeId: changeCsipId,
        kpiId: 'changes-with-rollback-plan',
        on,
        value: rollbackPlans,
        recordedBy,
      });
    }
    touched.push(changeCsipId);
  }
  if (contactCentreId) {
    await ensureDemoKpis(stores, contactCentreId);
    for (const [monthsAgo, failureRate] of [
      [6, 18],
      [3, 11],
      [0, 9],
    ] as const) {
      await stores.outcomes.recordReading({
        programmeId: contactCentreId,
        kpiId: 'change-failure-rate',
        on: monthEnd(today, monthsAgo),
        value: failureRate,
        recordedBy: SAM,
      });
    }
    await stores.outcomes.close(contactCentreId, {
      verdict: 'successful',
      outcome:
        'Releases no longer break the call-routing rules: the change failure rate fell from 20% to 9%, and the team runs its own quarterly reviews.',
      lessons:
        'Coaching in the CAB meeting itself changed habits faster than workshops. Name the process owners before the first review, and agree the KPIs with the sponsor at the start.',
      closedBy: SPONSOR,
      closedAt: new Date(today.getTime() - 14 * 86_400_000).toISOString(),
    });
    touched.push(contactCentreId);
  }
  return touched;
}
