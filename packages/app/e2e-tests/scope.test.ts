import { expect, test } from '@playwright/test';
import { apiAs, backend, PERSONAS, personaToken, signIn } from './personas';

const COACH = PERSONAS.coach;
const SPONSOR = PERSONAS.sponsor;

test('the coach publishes a scope, the sponsor reads the diff and agrees, and the programme leaves establish', async ({
  browser,
  request,
}) => {
  // Set-up through the API as the coach: a programme with Dana as sponsor,
  // its approach decided, and a first scope version.
  const coachToken = await personaToken(request, 'user:default/alex.coach');
  const auth = { Authorization: `Bearer ${coachToken}` };
  const title = `E2E scope agreement ${Date.now()}`;
  const created = await request.post(`${backend}/api/csip/programmes`, {
    headers: auth,
    data: {
      title,
      driver: 'operational',
      ownerRef: 'group:default/it-operations',
      members: [
        { userRef: 'user:default/alex.coach', role: 'coach' },
        { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  // Leads and sponsors record the approach decision: Dana does.
  const sponsorToken = await personaToken(request, 'user:default/dana.sponsor');
  expect(
    (
      await request.post(
        `${backend}/api/csip/programmes/${id}/approach/decisions`,
        {
          headers: { Authorization: `Bearer ${sponsorToken}` },
          data: {
            approach: 'diy-with-coaching',
            rationale: 'Keep the know-how',
          },
        },
      )
    ).status(),
  ).toBe(201);
  expect(
    (
      await request.post(
        `${backend}/api/csip/programmes/${id}/scope/versions`,
        {
          headers: auth,
          data: {
            processes: [
              {
                process: 'change',
                baselineLevel: 1,
                targetLevel: 3,
                targetDate: '2027-06-30',
              },
            ],
            objectives: ['Halve failed changes'],
            resources: { coachDays: 10, budget: 20000, notes: '' },
          },
        },
      )
    ).status(),
  ).toBe(201);

  // The coach publishes version 2 in the UI, with more coach days.
  const coach = await signIn(browser, COACH);
  await coach.goto(`/csip/programmes/${id}?tab=scope`);
  await expect(
    coach.getByRole('heading', { name: 'Scope version 1' }),
  ).toBeVisible();
  await coach.getByRole('button', { name: 'Publish new version' }).click();
  const editor = coach.getByRole('dialog');
  await editor.getByLabel('Coach days').fill('12');
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(
    coach.getByRole('heading', { name: 'Scope version 2' }),
  ).toBeVisible();
  await expect(coach.getByText('Awaiting agreement').first()).toBeVisible();

  // The sponsor sees it awaiting, reads what changed and agrees.
  const sponsor = await signIn(browser, SPONSOR);
  const awaiting = sponsor.getByRole('region', {
    name: /^Awaiting (my|your) agreement$/,
  });
  await expect(awaiting.getByRole('link', { name: title })).toBeVisible();
  await awaiting.getByRole('link', { name: title }).click();
  await expect(
    sponsor.getByRole('heading', { name: 'Scope version 2' }),
  ).toBeVisible();
  await expect(
    sponsor.getByRole('heading', { name: 'What changed since version 1' }),
  ).toBeVisible();
  await expect(
    sponsor.getByText('Resources: coach days 10 → 12'),
  ).toBeVisible();
  await sponsor.getByRole('button', { name: 'Agree…', exact: true }).click();
  const dialog = sponsor.getByRole('dialog', {
    name: 'Agree scope version 2',
  });
  await dialog.getByLabel('Comment').fill('Agreed at the programme board');
  await dialog.getByRole('button', { name: 'Agree', exact: true }).click();
  await expect(
    sponsor.getByText('Agreed by every approver').first(),
  ).toBeVisible();
  await sponsor.screenshot({
    path: 'e2e-test-report/csip-scope.png',
    fullPage: true,
  });

  // Now the programme can leave establish; leads and coaches move it, not
  // the sponsor, who is told why.
  await sponsor.getByRole('tab', { name: 'Overview' }).click();
  await expect(
    sponsor.getByRole('button', { name: /Move to Implement/i }),
  ).toBeDisabled();
  await expect(
    sponsor.getByText(
      'Only the programme’s leads and coaches move it between phases.',
    ),
  ).toBeVisible();

  // The coach moves it, after confirming in a dialog (the reason is optional).
  await coach.goto(`/csip/programmes/${id}`);
  const move = coach.getByRole('button', { name: /Move to Implement/i });
  await expect(move).toBeEnabled();
  await move.click();
  const confirm = coach.getByRole('dialog', {
    name: 'Move from Establish to Implement?',
  });
  await confirm
    .getByLabel('Reason (optional)')
    .fill('Scope agreed at the programme board');
  await confirm.getByRole('button', { name: 'Move to Implement' }).click();
  await expect(confirm).toBeHidden();
  await expect(coach.getByText('Implement (2 of 5)').first()).toBeVisible();
  await expect(
    coach.getByText('Reason: Scope agreed at the programme board'),
  ).toBeVisible();
});

test('the sponsor agrees the scope, then changes her mind and declines it', async ({
  browser,
  request,
}) => {
  // Set-up through the API: a programme with Dana as the only approver and
  // a first scope version.
  const coach = await apiAs(request, 'user:default/alex.coach');
  const { id } = await coach.post('/programmes', {
    title: `E2E scope change of mind ${Date.now()}`,
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: 'user:default/alex.coach', role: 'coach' },
      { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
    ],
  });
  await coach.post(`/programmes/${id}/scope/versions`, {
    processes: [
      {
        process: 'change',
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2027-06-30',
      },
    ],
  });

  const sponsor = await signIn(browser, SPONSOR);
  await sponsor.goto(`/csip/programmes/${id}?tab=scope`);
  await sponsor.getByRole('button', { name: 'Agree…', exact: true }).click();
  const agree = sponsor.getByRole('dialog', { name: 'Agree scope version 1' });
  await agree.getByLabel('Comment').fill('Agreed at the programme board');
  await agree.getByRole('button', { name: 'Agree', exact: true }).click();
  await expect(
    sponsor.getByText('Agreed by every approver').first(),
  ).toBeVisible();

  // She sees what she decided and when, and changes her mind.
  const mine = sponsor.getByRole('region', { name: 'Your decision' });
  await expect(mine).toContainText(/You agreed version 1 on /);
  await mine.getByRole('button', { name: 'Change my decision…' }).click();
  const decline = sponsor.getByRole('dialog', {
    name: 'Decline scope version 1 instead',
  });
  await expect(decline).toContainText(
    /a new record is added and counts from now on/,
  );
  await decline.getByLabel(/Comment/).fill('The budget was cut');
  await decline.getByRole('button', { name: 'Decline', exact: true }).click();
  await expect(
    sponsor.getByText(
      'You changed your decision: you declined scope version 1.',
    ),
  ).toBeVisible();

  // The status and her entry in the approvers show the latest decision,
  // also after a reload.
  await sponsor.reload();
  await expect(
    sponsor.getByText('Declined', { exact: true }).first(),
  ).toBeVisible();
  const dana = sponsor
    .getByRole('list', { name: 'Approvers' })
    .getByRole('listitem');
  await expect(dana).toContainText('Declined');
  await expect(dana).toContainText('The budget was cut');
  await expect(
    sponsor.getByRole('region', { name: 'Your decision' }),
  ).toContainText(/You declined version 1 on /);

  // The decision record keeps both, oldest first.
  const record = sponsor
    .getByRole('list', { name: 'Decision record' })
    .getByRole('listitem');
  await expect(record).toHaveCount(2);
  await expect(record.nth(0)).toContainText('agreed');
  await expect(record.nth(0)).toContainText('Agreed at the programme board');
  await expect(record.nth(1)).toContainText('changed their decision: declined');
  await expect(record.nth(1)).toContainText('The budget was cut');
});
