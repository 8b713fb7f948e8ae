import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { apiAs, PERSONAS, signIn } from './personas';

/** The WCAG 2.1 A and AA rules; serious or critical findings fail. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING = new Set(['serious', 'critical']);
/** The CSIP home page's tabs besides the first, where it has them. */
const HOME_TABS = ['Portfolio', 'Roll-up by group'];

/** Waits until the page's spinners are gone and transitions are over. */
async function settle(page: Page) {
  // A page that polls never goes idle: wait up to 10 s, then go on.
  await page
    .waitForLoadState('networkidle', { timeout: 10_000 })
    .catch(() => undefined);
  // Spinners only: a score shown as a bar is a progressbar with a value.
  await expect(
    page.locator('[role="progressbar"]:not([aria-valuenow])'),
  ).toHaveCount(0);
  // MUI fades and collapses run for up to 300 ms.
  await page.waitForTimeout(500);
}

type Finding = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One element a rule found: its selector, why, and its HTML's start. */
const describeNode = (node: Finding['nodes'][number]) => {
  const why = node.failureSummary?.split('\n').slice(1).join(' ').trim();
  return `    ${node.target.join(' ')}${
    why ? ` — ${why}` : ''
  }\n      ${node.html.slice(0, 160)}`;
};

/**
 * Portal chrome that is not CSIP UI and that axe finds fault with: the
 * notifications plugin's sidebar item (`@backstage/plugin-notifications`
 * 0.6.0) labels its link "Notifications" while it also shows the unread
 * count, which axe reports as label-content-name-mismatch.
 */
const NOT_CSIP = ['a[href="/notifications"]'];

/**
 * Scans the whole page (but the chrome in `NOT_CSIP`) and returns one entry
 * per serious or critical finding: where, the rule, its impact and the
 * elements it found.
 */
async function scan(page: Page, where: string): Promise<string[]> {
  await settle(page);
  const { violations } = await new AxeBuilder({ page })
    .withTags(TAGS)
    .exclude(NOT_CSIP)
    .analyze();
  return violations
    .filter(v => v.impact && FAILING.has(v.impact))
    .map(
      v =>
        `${where}: ${v.id} (${v.impact}, ${v.nodes.length} nodes) ${
          v.help
        }\n${v.nodes.map(describeNode).join('\n')}`,
    );
}

test('every main page with CSIP UI passes axe (WCAG 2.1 AA, no serious or critical finding)', async ({
  browser,
  request,
}) => {
  test.setTimeout(600_000);
  // Set-up through the API: a programme with a sponsor, a decided approach,
  // a scope awaiting the sponsor, a published review with an overdue action
  // and a handover.
  const coachApi = await apiAs(request, 'user:default/alex.coach');
  const sponsorApi = await apiAs(request, 'user:default/dana.sponsor');
  const title = `E2E accessibility ${Date.now()}`;
  const { id } = await coachApi.post('/programmes', {
    title,
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: 'user:default/alex.coach', role: 'coach' },
      { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
      { userRef: 'user:default/priya.change', role: 'lead' },
    ],
  });
  await sponsorApi.post(`/programmes/${id}/approach/decisions`, {
    approach: 'diy-with-coaching',
    rationale: 'Keep the know-how',
  });
  await coachApi.post(`/programmes/${id}/scope/versions`, {
    processes: [
      {
        process: 'change',
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2027-06-30',
      },
    ],
    objectives: ['Halve failed changes'],
    kpis: [
      {
        objective: 'Halve failed changes',
        name: 'Failed changes',
        unit: '%',
        baseline: 20,
        target: 10,
        direction: 'down',
      },
    ],
  });
  const { items: kpis } = await coachApi.get(`/programmes/${id}/kpis`);
  for (const [on, value] of [
    ['2026-01-01', 18],
    ['2026-02-01', 15],
  ] as const) {
    await sponsorApi.post(`/programmes/${id}/kpis/${kpis[0].id}/readings`, {
      on,
      value,
    });
  }
  const review = await coachApi.post(`/programmes/${id}/reviews`, {
    process: 'change',
    date: '2026-01-15',
    strengths: ['Every change has a record before it is made.'],
    observations: ['Emergency changes are sometimes recorded afterwards.'],
    suggestions: [
      {
        technique: 'Standard change models',
        advice: 'Start with two models for the most frequent low-risk changes.',
        area: 'operations',
        why: 'Most changes are low-risk and repeat.',
        expectedImprovement: 'Fewer changes wait for the CAB.',
      },
    ],
    ratings: [
      { criterionId: 'change-1-1', coach: 'F' },
      {
        criterionId: 'change-1-2',
        coach: 'L',
        evidence: [{ kind: 'document', note: 'The CAB minutes of March.' }],
      },
      {
        criterionId: 'change-1-3',
        coach: 'NA',
        naReason: 'The service has no users outside the team yet.',
      },
    ],
    actions: [
      {
        description: 'Publish the change schedule on the wiki',
        owner: 'user:default/priya.change',
        measure: 'The schedule is linked from the CAB agenda',
        dueDate: '2026-02-01',
      },
    ],
  });
  await coachApi.post(`/reviews/${review.id}/publish`, {
    version: review.version,
    acknowledgeTone: true,
  });
  // A partnership feedback round with three answers, so its chart shows.
  const round = await coachApi.post(`/programmes/${id}/feedback-rounds`, {
    title: 'Partnership pulse',
    closesOn: '2099-01-01',
    organisations: ['Client IT', 'Outsourcer'],
  });
  for (const who of ['alex.coach', 'dana.sponsor', 'priya.change']) {
    await (
      await apiAs(request, `user:default/${who}`)
    ).post(`/feedback-rounds/${round.id}/responses`, {
      organisation: 'Client IT',
      anonymous: true,
      barriers: [
        { barrier: 'silo-mentality', severity: 2 },
        { barrier: 'mistrust', severity: 1 },
      ],
    });
  }
  // Coaching between reviews: a moment in the work with a due commitment.
  await coachApi.post(`/programmes/${id}/moments`, {
    process: 'change',
    kind: 'in-the-work',
    context: { kind: 'cab-meeting', title: 'Weekly CAB' },
    observation: 'A standard change reached the CAB agenda.',
    question: 'What would tell you a change is ready for CAB?',
    answer: 'A complete risk checklist.',
    commitment: {
      text: 'Route standard changes straight to the schedule',
      owner: 'user:default/priya.change',
      followUpOn: '2026-01-20',
    },
  });

  const findings: string[] = [];
  const check = async (page: Page, where: string, url?: string) => {
    await test.step(where, async () => {
      if (url) await page.goto(url);
      findings.push(...(await scan(page, where)));
    });
  };

  // The CSIP home page and each of its tabs, as the sponsor with a scope
  // awaiting her agreement, then as the coach.
  const home = async (page: Page, who: string) => {
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
    await check(page, `CSIP home (${who})`);
    for (const name of HOME_TABS) {
      const tab = page.getByRole('tab', { name, exact: true });
      if (await tab.count()) {
        await tab.click();
        await check(page, `CSIP home, ${name} tab (${who})`);
      }
    }
  };
  const sponsor = await signIn(browser, PERSONAS.sponsor);
  await check(sponsor, 'portal home page (For-you card)', '/');
  await expect(
    sponsor.getByRole('link', { name: title }).first(),
  ).toBeVisible();
  await sponsor.goto('/csip');
  await home(sponsor, 'sponsor');
  await check(
    sponsor,
    'scope tab (sponsor, undecided)',
    `/csip/programmes/${id}?tab=scope`,
  );

  // Every tab of the programme, a review and the report, as the coach.
  const coach = await signIn(browser, PERSONAS.coach);
  await home(coach, 'coach');
  for (const tab of [
    'overview',
    'approach',
    'scope',
    'reviews',
    'coaching',
    'feedback',
    'actions',
    'handover',
  ]) {
    await check(coach, `${tab} tab`, `/csip/programmes/${id}?tab=${tab}`);
  }
  await check(
    coach,
    'review view',
    `/csip/programmes/${id}?tab=reviews&review=${review.id}`,
  );
  await check(coach, 'report', `/csip/programmes/${id}/report`);

  // The catalog entity's Improvement card and tab.
  await coach.goto('/catalog/default/group/it-operations');
  await expect(coach.getByRole('region', { name: title })).toBeVisible();
  await check(coach, 'entity overview (Improvement card)');
  await coach
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'Improvement' })
    .click();
  await expect(
    coach.getByRole('heading', { name: 'Improvement programmes' }),
  ).toBeVisible();
  await check(coach, 'entity Improvement tab');

  // eslint-disable-next-line no-console
  if (findings.length) console.log(findings.join('\n'));
  expect(findings, findings.join('\n')).toEqual([]);
});
