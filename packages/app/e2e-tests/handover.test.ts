import { expect, Page, test } from '@playwright/test';
import { apiAs, givenChangeProgramme, PERSONAS, signIn } from './personas';

const ITEM =
  'A named process owner has accepted ownership of Change management';
const BLOCKER = `Critical item not yet verified by the coach: ${ITEM}`;

/** Opens the checklist item's update dialog, sets its status and evidence, saves. */
async function updateItem(page: Page, status: string, evidence?: string) {
  await page
    .getByRole('listitem', { name: ITEM })
    .getByRole('button', { name: 'Update' })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: status }).check();
  if (evidence) await dialog.getByLabel('Evidence').fill(evidence);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('a team member demonstrates a handover item, the coach verifies it, and the score and blockers change', async ({
  browser,
  request,
}) => {
  // Set-up through the API as the coach: Change in scope creates the checklist.
  const api = await apiAs(request, 'user:default/alex.coach');
  const id = await givenChangeProgramme(api, `E2E handover ${Date.now()}`, [
    { userRef: 'user:default/alex.coach', role: 'coach' },
    { userRef: 'user:default/omar.ops', role: 'member' },
  ]);

  // Omar, a team member, marks the owner item demonstrated, with evidence.
  const member = await signIn(browser, PERSONAS.member);
  await member.goto(`/csip/programmes/${id}?tab=handover`);
  const score = member.getByRole('progressbar', {
    name: 'Knowledge-transfer score',
  });
  await expect(score).toHaveAttribute('aria-valuenow', '0');
  await expect(
    member.getByRole('heading', { name: 'Not ready yet: 7 things to do' }),
  ).toBeVisible();
  await expect(member.getByText(BLOCKER)).toBeVisible();

  // A member cannot verify: the option says why.
  await member
    .getByRole('listitem', { name: ITEM })
    .getByRole('button', { name: 'Update' })
    .click();
  await expect(
    member
      .getByRole('dialog')
      .getByRole('radio', { name: 'Verified by the coach' }),
  ).toBeDisabled();
  await expect(
    member.getByRole('dialog').getByText(/coaches verify/),
  ).toBeVisible();
  await member
    .getByRole('dialog')
    .getByRole('button', { name: 'Cancel' })
    .click();

  await updateItem(
    member,
    'Demonstrated by the team',
    'Omar named as change owner at the programme board',
  );
  // Weight 3 of 20 at 0.75 credit.
  await expect(score).toHaveAttribute('aria-valuenow', '11');
  await expect(member.getByText('11.3 %', { exact: true })).toBeVisible();
  await expect(member.getByText(BLOCKER)).toBeVisible();

  // The coach verifies it: full credit, and the blocker is gone.
  const coach = await signIn(browser, PERSONAS.coach);
  await coach.goto(`/csip/programmes/${id}?tab=handover`);
  await updateItem(coach, 'Verified by the coach');
  const coachScore = coach.getByRole('progressbar', {
    name: 'Knowledge-transfer score',
  });
  await expect(coachScore).toHaveAttribute('aria-valuenow', '15');
  await expect(coach.getByText('15 %', { exact: true })).toBeVisible();
  await expect(coach.getByText(BLOCKER)).toHaveCount(0);
  await expect(
    coach.getByRole('heading', { name: 'Not ready yet: 6 things to do' }),
  ).toBeVisible();
  await expect(
    coach
      .getByRole('listitem', { name: ITEM })
      .getByText(/^Verified by Alex Moreno on/),
  ).toBeVisible();
  // The team's demonstration is kept beside the coach's verification.
  await expect(
    coach
      .getByRole('listitem', { name: ITEM })
      .getByText(/^Demonstrated by Omar .* on/),
  ).toBeVisible();

  // The verified evidence is read only for the team now: a coach reopens it.
  await member.reload();
  await member
    .getByRole('listitem', { name: ITEM })
    .getByRole('button', { name: 'Update' })
    .click();
  const verified = member.getByRole('dialog');
  await expect(verified.getByLabel('Evidence')).toHaveAttribute('readonly', '');
  await expect(
    verified.getByText(/a coach reopens the item to change it/),
  ).toBeVisible();
  await verified.getByRole('button', { name: 'Cancel' }).click();
  await coach.screenshot({
    path: 'e2e-test-report/csip-handover.png',
    fullPage: true,
  });
});
