import { expect, Page, test } from '@playwright/test';
import { apiAs, PERSONAS, signIn } from './personas';

/** An ISO date `days` from today. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The CSIP page's For-you tab, as the signed-in persona. */
async function forYou(page: Page) {
  await page.goto('/csip');
  await expect(page.getByRole('tab', { name: 'For you' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  return page.getByRole('tabpanel', { name: 'For you' });
}

test('each persona finds their own work on the home page and the For-you tab, one click from where it is done', async ({
  browser,
  request,
}) => {
  // Set-up through the API: a programme with all four personas, two actions
  // for Omar (one overdue, one due soon) and a scope version awaiting Dana.
  const coach = await apiAs(request, 'user:default/alex.coach');
  const sponsor = await apiAs(request, 'user:default/dana.sponsor');
  const stamp = Date.now();
  const title = `E2E for you ${stamp}`;
  const programme = await coach.post('/programmes', {
    title,
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: 'user:default/alex.coach', role: 'coach' },
      { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
      { userRef: 'user:default/priya.change', role: 'lead' },
      { userRef: 'user:default/omar.ops', role: 'member' },
    ],
  });
  const overdue = `Write the CAB terms of reference ${stamp}`;
  const soon = `Tag every CI with its owner ${stamp}`;
  for (const [description, dueDate] of [
    [overdue, inDays(-3)],
    [soon, inDays(5)],
  ]) {
    await coach.post(`/programmes/${programme.id}/actions`, {
      description,
      owner: 'user:default/omar.ops',
      measure: 'Done when the team uses it',
      dueDate,
    });
  }
  await sponsor.post(`/programmes/${programme.id}/approach/decisions`, {
    approach: 'diy-with-coaching',
    rationale: 'Keep the know-how in the team',
  });
  await coach.post(`/programmes/${programme.id}/scope/versions`, {
    processes: [
      {
        process: 'change',
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2027-06-30',
      },
    ],
  });

  // Omar, a team member: the home page at / shows his actions, overdue first.
  const member = await signIn(browser, PERSONAS.member);
  await member.goto('/');
  await expect(member).toHaveURL(/\/$/);
  await expect(member.getByText('For you').first()).toBeVisible();
  await expect(member.getByRole('link', { name: overdue })).toBeVisible();
  let panel = await forYou(member);
  const actions = panel.getByRole('list', { name: 'Your actions' });
  const overdueItem = actions
    .getByRole('listitem')
    .filter({ hasText: overdue });
  await expect(overdueItem).toContainText(/overdue/i);
  await expect(
    actions.getByRole('listitem').filter({ hasText: soon }),
  ).toContainText(/due soon/i);
  await member.screenshot({
    path: 'e2e-test-report/csip-for-you.png',
    fullPage: true,
  });
  await overdueItem.getByRole('link', { name: overdue }).click();
  await expect(member).toHaveURL(/tab=actions/);
  await expect(member.getByText(overdue)).toBeVisible();

  // Dana, the sponsor: the new scope version waits for her, one click away.
  const dana = await signIn(browser, PERSONAS.sponsor);
  panel = await forYou(dana);
  const awaiting = panel.getByRole('list', { name: 'Awaiting your agreement' });
  await awaiting.getByRole('link', { name: title }).click();
  await expect(dana).toHaveURL(/tab=scope/);
  await expect(dana.getByRole('button', { name: 'Agree…' })).toBeVisible();

  // Alex, the coach, and Priya, the lead: their programmes with their roles.
  for (const [persona, role] of [
    [PERSONAS.coach, 'Coach'],
    [PERSONAS.lead, 'Lead'],
  ]) {
    const page = await signIn(browser, persona);
    panel = await forYou(page);
    const item = panel
      .getByRole('list', { name: 'Your programmes' })
      .getByRole('listitem')
      .filter({ hasText: title });
    await expect(item).toContainText(role);
    await expect(
      panel.getByRole('list', { name: 'Your actions' }).getByText(overdue),
    ).toHaveCount(0);
  }
});
