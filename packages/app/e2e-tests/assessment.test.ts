import { expect, Page, test } from '@playwright/test';
import { apiAs, givenChangeProgramme, PERSONAS, signIn } from './personas';

const COACH = 'user:default/alex.coach';
const LEAD = 'user:default/priya.change';
const MEMBER = 'user:default/omar.ops';
const SPONSOR = 'user:default/dana.sponsor';

/** An ISO date `days` from today. */
const day = (days = 0) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Signs in as `persona` and self-assesses Change on the Reviews tab: every
 * criterion of levels 1 and 2 rated `rating`, except those in `except`.
 */
async function selfAssess(
  browser: Parameters<typeof signIn>[0],
  persona: string,
  programmeId: string,
  rating: string,
  options: { anonymous?: boolean; except?: Record<string, string> } = {},
): Promise<Page> {
  const page = await signIn(browser, persona);
  await page.goto(`/csip/programmes/${programmeId}?tab=reviews`);
  await page.getByRole('button', { name: 'Self-assess' }).click();
  const dialog = page.getByRole('dialog', { name: 'Self-assess a process' });
  await dialog
    .getByRole('combobox', { name: /Process/ })
    .selectOption({ label: 'Change management' });
  for (const id of [
    'change-1-1',
    'change-1-2',
    'change-1-3',
    'change-1-4',
    'change-2-1',
    'change-2-2',
    'change-2-3',
    'change-2-4',
  ]) {
    await dialog
      .getByRole('radiogroup', { name: new RegExp(`\\(${id}\\)$`) })
      .getByRole('radio', { name: options.except?.[id] ?? rating, exact: true })
      .check();
  }
  if (options.anonymous) {
    await dialog.getByRole('checkbox', { name: 'Answer anonymously' }).check();
  }
  await dialog.getByRole('button', { name: 'Submit self-assessment' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(/Your self-assessment of Change management is recorded/),
  ).toBeVisible();
  return page;
}

test('deeper assessment: three members self-assess, the coach sees the spread, marks a criterion N/A with a reason, adds evidence and publishes a level that ignores it', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const api = await apiAs(request, COACH);
  const id = await givenChangeProgramme(api, `E2E assessment ${Date.now()}`, [
    { userRef: COACH, role: 'coach' },
    { userRef: LEAD, role: 'lead' },
    { userRef: MEMBER, role: 'member' },
    { userRef: SPONSOR, role: 'sponsor' },
  ]);

  // Three members self-assess Change; they disagree on change-2-1.
  await selfAssess(browser, PERSONAS.lead, id, 'Fully', {
    except: { 'change-2-1': 'Not yet' },
  });
  await selfAssess(browser, PERSONAS.member, id, 'Largely', {
    anonymous: true,
    except: { 'change-2-1': 'Fully' },
  });
  await selfAssess(browser, PERSONAS.sponsor, id, 'Largely');

  // The coach starts the review and sees the spread of the three.
  const coach = await signIn(browser, PERSONAS.coach);
  await coach.goto(`/csip/programmes/${id}?tab=reviews`);
  await coach
    .getByRole('button', { name: 'Start a review of Change management' })
    .click();
  const spread = coach.getByRole('region', { name: 'Team self-assessment' });
  const table = spread.getByRole('table', {
    name: 'Team self-assessment of Change management',
  });
  await expect(table).toBeVisible();
  await expect(spread).toContainText(
    /3 people have self-assessed Change management/,
  );
  await expect(
    spread.getByRole('heading', { name: 'Where we disagree most' }),
  ).toBeVisible();
  await spread.screenshot({
    path: 'e2e-test-report/csip-self-assessment-spread.png',
  });

  // Levels 1 and 2 Fully, except one level-2 criterion not applicable:
  // counted as Not yet, it would hold the level at 1.
  await coach.getByRole('button', { name: 'Rate all Fully, level 1' }).click();
  await coach.getByRole('button', { name: 'Rate all Fully, level 2' }).click();
  const meeting =
    'Open, late and unsuccessful changes are reviewed at a regular meeting';
  await coach
    .getByRole('radiogroup', { name: new RegExp(`^${meeting}`) })
    .getByRole('radio', { name: 'N/A', exact: true })
    .check();
  const reason = 'No change has been late or unsuccessful since the freeze.';
  await coach
    .getByRole('textbox', { name: 'Why is it not applicable?' })
    .fill(reason);
  // Evidence for the first criterion's rating.
  const evidence = coach.getByRole('group', { name: /^Evidence for / }).first();
  await evidence.getByRole('button', { name: 'Add evidence' }).click();
  await evidence
    .getByRole('textbox', { name: 'Evidence note' })
    .fill(
      'We looked at the last ten change records in the tool with the team.',
    );
  await expect(
    coach.getByText(/These ratings give level 2 Managed/).first(),
  ).toBeVisible();
  await expect(
    coach.getByText(/1 of \d+ ratings have evidence/).first(),
  ).toBeVisible();
  await coach.screenshot({
    path: 'e2e-test-report/csip-review-na-evidence.png',
    fullPage: true,
  });
  await coach.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(
    coach.getByText(/^Published the Change management review of/),
  ).toBeVisible();
  await expect(coach.getByText(reason).first()).toBeVisible();
  await expect(
    coach
      .getByText(
        'We looked at the last ten change records in the tool with the team.',
      )
      .first(),
  ).toBeVisible();
  await coach.getByRole('link', { name: 'Back to all reviews' }).click();
  await expect(coach.getByText(/^Level 2 Managed/).first()).toBeVisible();
});

test('partnership feedback: a round gets three responses and the summary chart shows the barriers', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const api = await apiAs(request, COACH);
  const id = await givenChangeProgramme(api, `E2E feedback ${Date.now()}`, [
    { userRef: COACH, role: 'coach' },
    { userRef: LEAD, role: 'lead' },
  ]);

  // The coach opens a round in the Feedback tab.
  const coach = await signIn(browser, PERSONAS.coach);
  await coach.goto(`/csip/programmes/${id}?tab=feedback`);
  await coach.getByRole('button', { name: 'Open a feedback round' }).click();
  const open = coach.getByRole('dialog', { name: 'Open a feedback round' });
  await open.getByRole('textbox', { name: 'Title' }).fill('Partnership pulse');
  await open.getByLabel('Closes on').fill(day(14));
  await open
    .getByRole('textbox', { name: 'Organisations' })
    .fill('Client IT\nOutsourcer');
  await open.getByRole('button', { name: 'Open round' }).click();
  await expect(open).toBeHidden();

  // Three responses: the lead's in the page, two anonymous ones through the
  // API (a partner's and a customer's people are portal users too).
  const rounds = await api.get(`/programmes/${id}/feedback-rounds`);
  const roundId = rounds.items[0].id as string;
  const lead = await signIn(browser, PERSONAS.lead);
  await lead.goto(`/csip/programmes/${id}?tab=feedback`);
  await lead.getByRole('button', { name: 'Give feedback' }).click();
  const give = lead.getByRole('dialog', {
    name: 'Give feedback: Partnership pulse',
  });
  await give
    .getByRole('combobox', { name: 'Organisation' })
    .selectOption('Client IT');
  await give
    .getByRole('radiogroup', { name: 'Silo mentality' })
    .getByRole('radio', { name: 'Severe' })
    .check();
  await give
    .getByRole('radiogroup', { name: 'Mistrust' })
    .getByRole('radio', { name: 'Minor' })
    .check();
  await give.getByRole('button', { name: 'Send feedback' }).click();
  await expect(give).toBeHidden();
  for (const [who, severity] of [
    [MEMBER, 2],
    [SPONSOR, 3],
  ] as const) {
    await (
      await apiAs(request, who)
    ).post(`/feedback-rounds/${roundId}/responses`, {
      organisation: 'Outsourcer',
      anonymous: true,
      barriers: [
        { barrier: 'silo-mentality', severity },
        { barrier: 'mistrust', severity: 1, comment: 'Tickets bounce.' },
      ],
    });
  }

  // The summary, reflected to the leaders: a chart of the barriers.
  await coach.reload();
  await expect(
    coach.getByRole('heading', { name: 'Feedback summary' }),
  ).toBeVisible();
  const chart = coach.getByRole('figure', {
    name: 'Mean severity per barrier, by organisation',
  });
  await expect(chart).toBeVisible();
  const table = coach.getByRole('table', { name: 'Mean severity per barrier' });
  await expect(table.getByText('Silo mentality')).toBeVisible();
  await expect(table.getByText('Mistrust')).toBeVisible();
  await coach.screenshot({
    path: 'e2e-test-report/csip-partnership-feedback.png',
    fullPage: true,
  });
});

test('outcomes: a sponsor records a KPI reading, sees the progress, and closes the programme with a verdict the portfolio shows', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const api = await apiAs(request, COACH);
  const title = `E2E outcomes ${Date.now()}`;
  const { id } = await api.post('/programmes', {
    title,
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: COACH, role: 'coach' },
      { userRef: SPONSOR, role: 'sponsor' },
    ],
  });
  const objective = 'Fewer changes fail in production';
  await api.post(`/programmes/${id}/scope/versions`, {
    processes: [
      {
        process: 'change',
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2027-06-30',
      },
    ],
    objectives: [objective],
    kpis: [
      {
        objective,
        name: 'Failed changes',
        unit: '%',
        baseline: 20,
        target: 5,
        direction: 'down',
      },
    ],
  });

  const sponsor = await signIn(browser, PERSONAS.sponsor);
  await sponsor.goto(`/csip/programmes/${id}`);
  const kpis = sponsor.getByRole('region', { name: 'Outcome KPIs' });
  const kpi = kpis.getByRole('article', { name: /Failed changes/ });
  await kpi.getByRole('button', { name: 'Record a reading' }).click();
  const reading = sponsor.getByRole('dialog', { name: 'Record a reading' });
  await reading.getByLabel(/Measured on/).fill(day(-30));
  await reading.getByLabel(/Value/).fill('14');
  await reading.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(reading).toBeHidden();
  await kpi.getByRole('button', { name: 'Record a reading' }).click();
  await reading.getByLabel(/Measured on/).fill(day());
  await reading.getByLabel(/Value/).fill('11');
  await reading.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(reading).toBeHidden();
  // 20 → 11 of the way to 5: 60 %.
  await expect(
    kpi.getByRole('progressbar', { name: 'Progress of Failed changes' }),
  ).toHaveAttribute('aria-valuenow', '60');
  await expect(
    kpi.getByRole('figure', { name: 'Readings of Failed changes' }),
  ).toBeVisible();
  await kpis.screenshot({ path: 'e2e-test-report/csip-outcome-kpis.png' });

  // The sponsor closes the programme; the portfolio shows the verdict.
  await sponsor.getByRole('button', { name: 'Close programme' }).click();
  const close = sponsor.getByRole('dialog', { name: 'Close the programme' });
  await close.getByRole('radio', { name: 'Partly successful' }).check();
  await close
    .getByRole('textbox', { name: /Outcome/ })
    .fill('Failed changes fell from 20 % to 11 %; the target of 5 % is next.');
  await close
    .getByRole('textbox', { name: /Lessons/ })
    .fill('Start the KPI readings in the first month.');
  await close.getByRole('button', { name: 'Close programme' }).click();
  await expect(close).toBeHidden();
  await expect(
    sponsor.getByRole('region', { name: 'Closed: Partly successful' }),
  ).toBeVisible();
  await sponsor.goto('/csip');
  await sponsor.getByRole('tab', { name: 'Portfolio' }).click();
  await sponsor
    .getByRole('searchbox', { name: 'Search programmes' })
    .fill(title);
  await expect(
    sponsor
      .getByRole('row')
      .filter({ hasText: title })
      .getByText('Closed: Partly successful'),
  ).toBeVisible();
});
