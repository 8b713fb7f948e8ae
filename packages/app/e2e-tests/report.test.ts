import { expect, test } from '@playwright/test';
import { apiAs, PERSONAS, signIn } from './personas';

test('a sponsor opens the printable report of a programme', async ({
  browser,
  request,
}) => {
  const coach = await apiAs(request, 'user:default/alex.coach');
  const title = `E2E report ${Date.now()}`;
  const { id } = await coach.post('/programmes', {
    title,
    vision: 'Changes land safely first time.',
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
    objectives: ['Halve failed changes'],
  });

  const sponsor = await signIn(browser, PERSONAS.sponsor);
  await sponsor.goto(`/csip/programmes/${id}`);
  await sponsor.getByRole('link', { name: 'Printable report' }).click();
  await expect(sponsor).toHaveURL(new RegExp(`/csip/programmes/${id}/report$`));
  await expect(sponsor.getByRole('heading', { name: title })).toBeVisible();
  await expect(
    sponsor.getByText(/^Report generated on .* by CSIP Coach$/),
  ).toBeVisible();
  for (const section of [
    'The programme',
    'Scope',
    'Maturity',
    'Latest reviews',
    'Action register',
    'Handover',
    'Phase history',
  ]) {
    await expect(
      sponsor.getByRole('region', { name: section, exact: true }),
    ).toBeVisible();
  }
  await expect(
    sponsor
      .getByRole('list', { name: 'Objectives' })
      .getByText('Halve failed changes'),
  ).toBeVisible();

  // In print, only the report remains: no Print button, no Back link.
  await sponsor.emulateMedia({ media: 'print' });
  await expect(sponsor.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(
    sponsor.getByRole('link', { name: 'Back to the programme' }),
  ).toBeHidden();
  await sponsor.screenshot({
    path: 'e2e-test-report/csip-report.png',
    fullPage: true,
  });
});
