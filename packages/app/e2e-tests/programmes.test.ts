import { expect, Page, test } from '@playwright/test';

async function openCsipAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  const csip = nav.getByRole('link', { name: 'CSIP', exact: true });
  await expect(csip).toBeVisible();
  await csip.click();
  await page.getByRole('tab', { name: 'Portfolio' }).click();
}

/** The labels of the answers 1 to 5 of every readiness question. */
const ANSWER_LABELS: Record<number, string> = {
  1: '1 – Not at all',
  2: '2 – A little',
  3: '3 – Somewhat',
  4: '4 – Quite a lot',
  5: '5 – Very much',
};

test('create a programme, answer the questionnaire, record a decision, see it in the history and again after a reload', async ({
  page,
}) => {
  const title = `E2E change CSIP ${Date.now()}`;
  await openCsipAsGuest(page);

  await page.getByRole('button', { name: 'Create programme' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill(title);
  await dialog
    .getByLabel('Vision')
    .fill('Changes that land safely, first time');
  await dialog.getByLabel('Operational').check();
  await dialog.getByLabel('Owner').click();
  await page.getByRole('option', { name: /IT Operations/ }).click();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(page).toHaveURL(/\/csip\/programmes\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(
    page.getByText(/Decide how to implement ITSM/).first(),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Approach' }).click();
  await expect(page).toHaveURL(/[?&]tab=approach/);
  // Nothing decided yet: the questions show straight away, unanswered, and
  // there is no recommendation, nor a way to record, until all are answered.
  const deciding = page.getByRole('region', {
    name: 'Decide how to implement ITSM',
  });
  await expect(deciding).toBeVisible();
  await expect(deciding.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(
    page.getByRole('heading', { name: /^Recommended:/ }),
  ).toHaveCount(0);
  await expect(
    page.getByText(/8 questions are still to answer/).first(),
  ).toBeVisible();
  const record = page.getByRole('button', { name: 'Record decision' });
  await expect(record).toBeDisabled();

  // Answers of an organisation with urgent pain, no capacity and budget to spend.
  const answers: Record<string, number> = {
    experience: 1,
    capacity: 1,
    ownership: 3,
    openness: 4,
    urgency: 5,
    budget: 5,
    retainKnowhow: 2,
    riskTolerance: 1,
  };
  for (const [question, value] of Object.entries(answers)) {
    await deciding
      .getByRole('radiogroup', {
        name: new RegExp(questionLabel(question), 'i'),
      })
      .getByRole('radio', { name: ANSWER_LABELS[value] })
      .check();
  }
  await expect(
    page.getByRole('heading', { name: 'Recommended: Done to you' }),
  ).toBeVisible();
  await expect(record).toBeEnabled();

  // Choose against the recommendation: a rationale is required.
  await page
    .getByRole('radio', { name: 'Do it yourself with coaching' })
    .check();
  await page
    .getByLabel('Rationale')
    .fill('We must keep the know-how; a coach for the first review cycles.');
  await page.getByLabel('Revisit on').fill('2027-03-31');
  await record.click();

  await expect(
    page.getByText('Decision recorded. It is now the current decision.'),
  ).toBeVisible();
  const history = page.getByRole('list', { name: 'Decisions, newest first' });
  await expect(
    history.getByText('Do it yourself with coaching').first(),
  ).toBeVisible();
  await expect(
    history.getByText(/a coach for the first review cycles/),
  ).toBeVisible();
  await expect(history.getByText(/Recommended: Done to you/)).toBeVisible();

  // After a reload the current decision comes first, with the answers it
  // was recorded with (not default ones) and what they recommend.
  await page.reload();
  const current = page.getByRole('region', {
    name: 'Current decision: Do it yourself with coaching',
  });
  await expect(current).toBeVisible();
  await expect(
    current.getByText(/Chose differently \(Recommended: Done to you\)/),
  ).toBeVisible();
  const recorded = current.getByRole('list', { name: 'Recorded answers' });
  await expect(recorded.getByRole('listitem')).toHaveCount(8);
  for (const [question, value] of Object.entries(answers)) {
    await expect(
      recorded
        .getByRole('listitem')
        .filter({ hasText: new RegExp(questionLabel(question), 'i') }),
    ).toContainText(ANSWER_LABELS[value]);
  }
  await expect(
    current.getByText('These answers recommend Done to you.'),
  ).toBeVisible();
  await expect(
    current.getByRole('progressbar', { name: 'Done to you (recommended)' }),
  ).toHaveAttribute('aria-valuenow', '89');
  await expect(
    current.getByText(/The operational pain is urgent \(5 of 5\)/),
  ).toBeVisible();
  await expect(
    current.getByRole('region', {
      name: 'Risks of do it yourself',
      exact: true,
    }),
  ).toContainText(/mistakes and dead ends/);
  // The questionnaire waits behind "Revisit the decision".
  await expect(page.getByRole('radiogroup')).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Record decision' }),
  ).toHaveCount(0);

  await page.screenshot({
    path: 'e2e-test-report/csip-approach.png',
    fullPage: true,
  });

  // Revisiting starts from unanswered questions, with no recommendation yet.
  await current.getByRole('button', { name: 'Revisit the decision' }).click();
  const revisit = page.getByRole('region', { name: 'Revisit the decision' });
  await expect(revisit).toBeVisible();
  await expect(revisit.getByRole('radiogroup', { name: /^\d\. / })).toHaveCount(
    8,
  );
  await expect(revisit.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(
    revisit.getByRole('heading', { name: /^Recommended:/ }),
  ).toHaveCount(0);
  await expect(
    revisit.getByRole('button', { name: 'Record decision' }),
  ).toBeDisabled();
  await revisit
    .getByRole('button', { name: 'Keep the current decision' })
    .click();
  await expect(revisit).toHaveCount(0);
  await expect(
    current.getByRole('button', { name: 'Revisit the decision' }),
  ).toBeFocused();

  // The overview now shows the approach gate as met; scope agreement still blocks.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(
    page.getByText(/Every sponsor must agree the current scope/).first(),
  ).toBeVisible();
  await page.screenshot({
    path: 'e2e-test-report/csip-overview.png',
    fullPage: true,
  });
});

function questionLabel(question: string): string {
  return {
    experience: 'experience',
    capacity: 'time|capacity',
    ownership: 'own the processes',
    openness: 'open is the organisation',
    urgency: 'urgent|urgency',
    budget: 'budget',
    retainKnowhow: 'know-how',
    riskTolerance: 'risk',
  }[question]!;
}
