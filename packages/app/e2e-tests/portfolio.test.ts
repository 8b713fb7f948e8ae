import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import { apiAs, PERSONAS, signIn } from './personas';

test('the portfolio filters by phase and exports the filtered rows as CSV', async ({
  browser,
  request,
}) => {
  // Two programmes through the API: one moved on to Implement, one not.
  const coach = await apiAs(request, 'user:default/alex.coach');
  const sponsor = await apiAs(request, 'user:default/dana.sponsor');
  const stamp = Date.now();
  const create = async (title: string) =>
    (
      await coach.post('/programmes', {
        title,
        driver: 'operational',
        ownerRef: 'group:default/it-operations',
        members: [
          { userRef: 'user:default/alex.coach', role: 'coach' },
          { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
        ],
      })
    ).id as string;
  const moving = await create(`E2E portfolio implementing ${stamp}`);
  await create(`E2E portfolio establishing ${stamp}`);
  // Leads and sponsors record the approach decision.
  await sponsor.post(`/programmes/${moving}/approach/decisions`, {
    approach: 'diy-with-coaching',
    rationale: 'Keep the know-how',
  });
  await coach.post(`/programmes/${moving}/scope/versions`, {
    processes: [
      {
        process: 'change',
        baselineLevel: 1,
        targetLevel: 3,
        targetDate: '2027-06-30',
      },
    ],
  });
  await sponsor.post(`/programmes/${moving}/scope/versions/1/agreements`, {
    decision: 'agree',
    comment: '',
  });
  await coach.post(`/programmes/${moving}/phase`, { to: 'implement' });

  const page = await signIn(browser, PERSONAS.member);
  await page.getByRole('tab', { name: 'Portfolio' }).click();
  const table = page.getByRole('table', { name: 'Programme portfolio' });
  await expect(table).toBeVisible();
  await page
    .getByRole('searchbox', { name: 'Search programmes' })
    .fill(`E2E portfolio`);
  await expect(
    table.getByRole('link', { name: `E2E portfolio establishing ${stamp}` }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Phase' }).selectOption('Implement');
  await expect(page).toHaveURL(/phase=implement/);
  const row = table.getByRole('row', {
    name: new RegExp(`E2E portfolio implementing ${stamp}`),
  });
  await expect(row).toBeVisible();
  await expect(row.getByText('Implement (2 of 5)')).toBeVisible();
  // Scope status and other less-used columns are in the row's details.
  await row
    .getByRole('button', {
      name: `Details for E2E portfolio implementing ${stamp}`,
    })
    .click();
  const details = page.getByRole('dialog', {
    name: `E2E portfolio implementing ${stamp}`,
  });
  await expect(details.getByText('Agreed by every approver')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(
    table.getByRole('link', { name: `E2E portfolio establishing ${stamp}` }),
  ).toHaveCount(0);
  await page.screenshot({
    path: 'e2e-test-report/csip-portfolio.png',
    fullPage: true,
  });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^csip-portfolio-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const rows: Array<Record<string, string>> = parse(
    fs.readFileSync(await download.path(), 'utf8'),
    { columns: true },
  );
  expect(rows).toEqual([
    expect.objectContaining({
      Id: moving,
      Title: `E2E portfolio implementing ${stamp}`,
      Owner: 'group:default/it-operations',
      'Owner name': 'IT Operations',
      Phase: 'Implement',
      Approach: 'Do it yourself with coaching',
      'Scope status': 'Agreed by every approver',
      'Levels vs targets': 'Change management: not reviewed yet, target 3',
      'Summit progress %': '0',
    }),
  ]);
});
