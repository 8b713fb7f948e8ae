import { expect, test } from '@playwright/test';
import { apiAs, PERSONAS, signIn } from './personas';

/** A programme of Alex (coach), Priya (lead) and Dana (sponsor), Change in scope. */
async function aProgramme(
  request: Parameters<typeof apiAs>[0],
  title: string,
): Promise<string> {
  const coach = await apiAs(request, 'user:default/alex.coach');
  const { id } = await coach.post('/programmes', {
    title,
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: 'user:default/alex.coach', role: 'coach' },
      { userRef: 'user:default/priya.change', role: 'lead' },
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
  return id as string;
}

test('a lead edits the members: the rules are said before saving, and the change is in the membership history', async ({
  browser,
  request,
}) => {
  const id = await aProgramme(request, `E2E members ${Date.now()}`);
  const lead = await signIn(browser, PERSONAS.lead);
  await lead.goto(`/csip/programmes/${id}`);

  await lead.getByRole('button', { name: 'Edit programme' }).click();
  const dialog = lead.getByRole('dialog', { name: 'Edit programme' });

  // Priya gives herself the coach role: refused in words, Save disabled.
  await dialog.getByRole('button', { name: 'Add member' }).click();
  const row = dialog.getByRole('group', { name: 'Member 4' });
  await row.getByRole('combobox', { name: 'Person' }).fill('Priya');
  await lead.getByRole('option', { name: /Priya Nair/ }).click();
  await row.getByLabel('Role').selectOption('coach');
  await expect(
    dialog.getByText(
      'You cannot give yourself the role coach; another lead or coach of the programme has to add it for you.',
    ),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();

  // Omar as a member instead is fine.
  await row.getByRole('combobox', { name: 'Person' }).fill('Omar');
  await lead.getByRole('option', { name: /Omar Haddad/ }).click();
  await row.getByLabel('Role').selectOption('member');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const history = lead.getByRole('list', { name: 'Membership history' });
  await expect(history.getByText(/changed the members on/)).toBeVisible();
  await expect(history).toContainText('Priya Nair changed the members on');
  await expect(history).toContainText('Added: Omar Haddad as Member');
  await lead.screenshot({
    path: 'e2e-test-report/csip-membership-history.png',
    fullPage: true,
  });
});

test('a lead records a team-led review, and cannot make it coach-led', async ({
  browser,
  request,
}) => {
  const id = await aProgramme(request, `E2E team review ${Date.now()}`);
  const lead = await signIn(browser, PERSONAS.lead);
  await lead.goto(`/csip/programmes/${id}?tab=reviews`);
  await lead
    .getByRole('button', { name: 'Start a review of Change management' })
    .click();
  await expect(
    lead.getByRole('heading', {
      name: /Review of Change management \(draft\)/,
    }),
  ).toBeVisible();
  const ledBy = lead.getByRole('radiogroup', { name: 'Who led it' });
  await expect(
    ledBy.getByRole('radio', { name: 'Led by the team' }),
  ).toBeChecked();
  await expect(
    ledBy.getByRole('radio', { name: 'Led by the coach' }),
  ).toBeDisabled();
  await expect(
    lead.getByText(/Only the programme’s coaches record reviews\./),
  ).toBeVisible();
});

test('an imported programme says who imported it and from an export of which date, on its page and in the report', async ({
  browser,
  request,
}) => {
  const title = `E2E import ${Date.now()}`;
  const id = await aProgramme(request, title);
  const coach = await apiAs(request, 'user:default/alex.coach');
  const archive = await coach.get(`/programmes/${id}/export`);
  // The e2e portal runs the demo's allow-all policy, so the coach may import.
  const imported = await coach.post('/import', archive);
  expect(imported.provenance).toMatchObject({
    importedBy: 'user:default/alex.coach',
    exportedAt: archive.exportedAt,
  });

  const page = await signIn(browser, PERSONAS.coach);
  await page.goto(`/csip/programmes/${imported.id}`);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const provenance = /^Imported by Alex Moreno on .+ from an export of .+\.$/;
  await expect(page.getByText(provenance)).toBeVisible();

  await page.getByRole('link', { name: 'Printable report' }).click();
  await expect(page.getByText(provenance)).toBeVisible();
});
