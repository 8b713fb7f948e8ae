import { expect, Page, test } from '@playwright/test';

async function openCsipAsGuest(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  const csip = nav.getByRole('link', { name: 'CSIP', exact: true });
  await expect(csip).toBeVisible();
  await csip.click();
}

test('create a programme, answer the questionnaire, record a decision and see it in the history', async ({
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
  // Answers of an organisation with urgent pain, no capacity and budget to spend.
  const answers: Record<string, string> = {
    experience: '1',
    capacity: '1',
    urgency: '5',
    budget: '5',
    retainKnowhow: '2',
    riskTolerance: '1',
  };
  for (const [question, value] of Object.entries(answers)) {
    await page
      .getByRole('radiogroup', {
        name: new RegExp(questionLabel(question), 'i'),
      })
      .getByRole('radio', { name: new RegExp(`^${value} `) })
      .check();
  }
  await expect(
    page.getByRole('heading', { name: 'Recommended: Done to you' }),
  ).toBeVisible();

  // Choose against the recommendation: a rationale is required.
  await page
    .getByRole('radio', { name: 'Do it yourself with coaching' })
    .check();
  await page
    .getByLabel('Rationale')
    .fill('We must keep the know-how; a coach for the first review cycles.');
  await page.getByLabel('Revisit on').fill('2027-03-31');
  await page.getByRole('button', { name: 'Record decision' }).click();

  const history = page.getByRole('list', { name: 'Decisions, newest first' });
  await expect(
    history.getByText('Do it yourself with coaching').first(),
  ).toBeVisible();
  await expect(
    history.getByText(/a coach for the first review cycles/),
  ).toBeVisible();
  await expect(history.getByText(/Recommended: Done to you/)).toBeVisible();

  await page.screenshot({
    path: 'e2e-test-report/csip-approach.png',
    fullPage: true,
  });

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
    urgency: 'urgent|urgency',
    budget: 'budget',
    retainKnowhow: 'know-how',
    riskTolerance: 'risk',
  }[question]!;
}
