import { expect, test } from '@playwright/test';
import { apiAs, PERSONAS, signIn } from './personas';

test('a sponsor finds the reminder to agree a new scope version on the notifications page', async ({
  browser,
  request,
}) => {
  // Set-up through the API: a programme with Dana as sponsor, its approach
  // decided, and a first scope version, which asks Dana to agree it.
  const coach = await apiAs(request, 'user:default/alex.coach');
  const sponsor = await apiAs(request, 'user:default/dana.sponsor');
  const title = `E2E notifications ${Date.now()}`;
  const programme = await coach.post('/programmes', {
    title,
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: 'user:default/alex.coach', role: 'coach' },
      { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
    ],
  });
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

  // Dana opens Notifications from the sidebar and finds the reminder.
  const page = await signIn(browser, PERSONAS.sponsor);
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: /Notifications/ }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(
    page.getByRole('heading', { name: 'Notifications' }).first(),
  ).toBeVisible();
  const reminder = page.getByText(
    `Scope version 1 of ${title} awaits your agreement`,
  );
  await expect(reminder).toBeVisible();
});
