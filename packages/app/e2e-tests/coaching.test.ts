import { expect, test } from '@playwright/test';
import { apiAs, backend, personaToken, PERSONAS, signIn } from './personas';

const COACH = 'user:default/alex.coach';
const LEAD = 'user:default/priya.change';

/** An ISO date `days` from today (negative: before). */
const day = (days = 0) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('coaching between reviews: a moment in the work, its follow-up kept, the next review opens with it, and an overdue reminder', async ({
  browser,
  request,
}) => {
  // The reminders task waits two minutes after the backend starts before it
  // looks at triggers; run alone, this test may get there first.
  test.setTimeout(300_000);
  // A programme of the IT Operations group with Change in scope.
  const coachApi = await apiAs(request, COACH);
  const title = `E2E coaching ${Date.now()}`;
  const { id } = await coachApi.post('/programmes', {
    title,
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: COACH, role: 'coach' },
      { userRef: LEAD, role: 'lead' },
      { userRef: 'user:default/omar.ops', role: 'member' },
    ],
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
  });

  // 1. The coach records an in-the-work moment, with a question from the
  // bank and a commitment, from the group's Improvement tab.
  const coach = await signIn(browser, PERSONAS.coach);
  await coach.goto('/catalog/default/group/it-operations');
  await coach
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'Improvement' })
    .click();
  const section = coach.getByRole('region', { name: title });
  await section
    .getByRole('button', { name: 'Record a coaching moment' })
    .click();
  const dialog = coach.getByRole('dialog', {
    name: 'Record a coaching moment',
  });
  await expect(
    dialog.getByRole('radio', { name: 'In the work' }),
  ).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: /^Process/ })).toHaveValue(
    'change',
  );
  await dialog
    .getByRole('combobox', { name: /Kind of work/ })
    .selectOption({ label: 'Change' });
  await dialog.getByRole('textbox', { name: /Reference/ }).fill('CHG0031245');
  await dialog
    .getByRole('textbox', { name: /Observation/ })
    .fill('The backout plan was written while the change was in progress.');
  await dialog.getByRole('combobox', { name: /Question asked/ }).click();
  const firstQuestion = coach.getByRole('listbox').getByRole('option').first();
  const question = (await firstQuestion.textContent())!.trim();
  expect(question).toMatch(/\?$/);
  await firstQuestion.click();
  await expect(
    dialog.getByRole('combobox', { name: /Question asked/ }),
  ).toHaveValue(question);
  await dialog
    .getByRole('textbox', { name: /The team’s answer/ })
    .fill('At the request, with the risk checklist.');
  const commitment = `Add a backout-plan field to the change form ${Date.now()}`;
  await dialog
    .getByRole('textbox', { name: /What the team commits to/ })
    .fill(commitment);
  await dialog.getByRole('combobox', { name: /Owner/ }).selectOption(LEAD);
  await dialog.getByLabel(/Follow up on/).fill(day());
  // The dialog's upper half, as a coach sees it on opening.
  await dialog.getByRole('combobox', { name: /^Process/ }).focus();
  await coach.screenshot({ path: 'e2e-test-report/csip-coaching-moment.png' });
  await dialog.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByText(commitment)).toBeVisible();

  // 2. The lead sees the follow-up due in For you and records "kept".
  const lead = await signIn(browser, PERSONAS.lead);
  const commitments = lead.getByRole('list', {
    name: 'Commitments to follow up',
  });
  const item = commitments
    .getByRole('listitem')
    .filter({ hasText: commitment });
  await expect(item.getByText('Due for follow-up')).toBeVisible();
  await item.getByRole('button', { name: 'Record outcome' }).click();
  const outcome = lead.getByRole('dialog', { name: 'Record the outcome' });
  await outcome.getByRole('radio', { name: 'Kept', exact: true }).check();
  await outcome
    .getByRole('textbox', { name: /Note/ })
    .fill('On the change form since this morning.');
  await outcome.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(outcome).toBeHidden();
  await expect(
    lead.getByText(`Recorded how “${commitment}” went.`),
  ).toBeVisible();
  await expect(commitments.getByText(commitment)).toHaveCount(0);

  // The Coaching tab: the moment, the kept follow-up and the mix in words.
  await coach.goto(`/csip/programmes/${id}?tab=coaching`);
  await expect(coach.getByText(question).first()).toBeVisible();
  await expect(
    coach.getByText(/1 moment in the work and none scheduled/).first(),
  ).toBeVisible();
  await coach.screenshot({
    path: 'e2e-test-report/csip-coaching.png',
    fullPage: true,
  });

  // 3. The next Change review opens with it.
  await coach.goto(`/csip/programmes/${id}?tab=reviews`);
  await coach
    .getByRole('button', { name: 'Start a review of Change management' })
    .click();
  const since = coach.getByRole('region', { name: 'Since the last review' });
  const opened = since
    .getByRole('list', { name: 'Commitments' })
    .getByRole('listitem')
    .filter({ hasText: commitment });
  await expect(opened).toContainText('Kept');
  await expect(opened).toContainText('On the change form since this morning.');
  await expect(
    coach.getByRole('button', { name: /Questions to ask/ }).first(),
  ).toBeVisible();
  await since.screenshot({
    path: 'e2e-test-report/csip-since-last-review.png',
  });

  // 4. An overdue action: the reminders task (on the scheduler) notifies its
  // owner, who sees it on the portal's notifications page.
  const description = `Publish the change calendar ${Date.now()}`;
  await coachApi.post(`/programmes/${id}/actions`, {
    description,
    owner: LEAD,
    measure: 'On the intranet',
    dueDate: day(-2),
  });
  const token = await personaToken(request, LEAD);
  // Runs the task now; 409 while a run is under way (try again next time).
  const trigger = async () => {
    const res = await request.post(
      `${backend}/api/csip/.backstage/scheduler/v1/tasks/csip-reminders/trigger`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect([200, 204, 409], await res.text()).toContain(res.status());
  };
  await expect(async () => {
    await trigger();
    await lead.goto('/notifications');
    // Other tests' reminders may fill the first page: look for this one.
    await lead.getByPlaceholder('Filter').fill(description);
    await expect(
      lead.getByText(`Action overdue: ${description}`).first(),
    ).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 180_000, intervals: [5_000] });
  await lead.screenshot({
    path: 'e2e-test-report/csip-notifications.png',
    fullPage: true,
  });
});
