import { expect, test } from '@playwright/test';
import { apiAs, givenChangeProgramme, PERSONAS, signIn } from './personas';

test('the coach records a Change review, takes the coaching rephrasing, publishes, and sees the level and the agreed action', async ({
  browser,
  request,
}) => {
  // Set-up through the API as the coach: a programme with Change in scope.
  const api = await apiAs(request, 'user:default/alex.coach');
  const title = `E2E review ${Date.now()}`;
  const id = await givenChangeProgramme(api, title, [
    { userRef: 'user:default/alex.coach', role: 'coach' },
    { userRef: 'user:default/priya.change', role: 'lead' },
  ]);

  const coach = await signIn(browser, PERSONAS.coach);
  await coach.goto(`/csip/programmes/${id}?tab=reviews`);
  await expect(
    coach.getByRole('heading', { name: 'Maturity reviews' }),
  ).toBeVisible();
  await coach
    .getByRole('button', { name: 'Start a review of Change management' })
    .click();
  await expect(
    coach.getByRole('heading', {
      name: /Review of Change management \(draft\)/,
    }),
  ).toBeVisible();

  // Strengths first, then an observation with judgemental wording.
  await coach.getByRole('button', { name: 'Add strength' }).click();
  await coach
    .getByRole('textbox', { name: 'Strength 1' })
    .fill('Every change has a record before it is made.');
  await coach.getByRole('button', { name: 'Add observation' }).click();
  const observation = coach.getByRole('textbox', { name: 'Observation 1' });
  await observation.fill(
    'The team never records emergency changes before they are made.',
  );
  await expect(
    coach.getByText('1 wording to reconsider', { exact: true }),
  ).toBeVisible();
  await coach.getByRole('button', { name: 'Use “rarely”' }).click();
  await expect(observation).toHaveValue(
    'The team rarely records emergency changes before they are made.',
  );
  await expect(
    coach.getByText('1 wording to reconsider', { exact: true }),
  ).toHaveCount(0);

  // Ratings: level 1 fully, level 2 largely → level 2 Managed.
  await coach.getByRole('button', { name: 'Rate all Fully, level 1' }).click();
  await coach.getByRole('button', { name: 'Rate all Fully, level 2' }).click();
  await coach
    .getByRole('radiogroup', {
      name: /^Each request for change \(RFC\) is kept in one agreed tool/,
    })
    .getByRole('radio', { name: 'Largely' })
    .check();
  await expect(
    coach.getByText('These ratings give level 2 Managed').first(),
  ).toBeVisible();

  // An agreed action for Priya.
  await coach.getByRole('button', { name: 'Add agreed action' }).click();
  const action = coach.getByRole('group', { name: 'Agreed action 1' });
  await action
    .getByLabel('What will be done')
    .fill('Publish the change schedule on the wiki');
  await action
    .getByLabel('Measure of done')
    .fill('The schedule is linked from the CAB agenda');
  await action.getByLabel('Owner').selectOption('user:default/priya.change');
  await action.getByLabel('Due date').fill('2027-01-15');

  await coach.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(
    coach.getByText(/^Published the Change management review of/),
  ).toBeVisible();
  await coach.screenshot({
    path: 'e2e-test-report/csip-review.png',
    fullPage: true,
  });

  // The card shows the level against the target.
  await coach.getByRole('link', { name: 'Back to all reviews' }).click();
  await expect(
    coach
      .getByText('Level 2 Managed, target 3 Established: 1 level to go')
      .first(),
  ).toBeVisible();

  // The agreed action is in the Actions tab.
  await coach.getByRole('tab', { name: 'Actions' }).click();
  await expect(
    coach.getByRole('rowheader', {
      name: 'Publish the change schedule on the wiki',
    }),
  ).toBeVisible();
  await expect(coach.getByText(/Review of Change management/)).toBeVisible();
});
