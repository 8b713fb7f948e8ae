import { expect, test } from '@playwright/test';
import { apiAs, PERSONAS, signIn } from './personas';

test('a leader rolls the portfolio up by catalog group and goes down a level', async ({
  browser,
  request,
}) => {
  const coach = await apiAs(request, 'user:default/alex.coach');
  await coach.post('/programmes', {
    title: `E2E roll-up ${Date.now()}`,
    driver: 'strategic',
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: 'user:default/alex.coach', role: 'coach' },
      { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
    ],
  });

  const page = await signIn(browser, PERSONAS.sponsor);
  await page.getByRole('tab', { name: 'Roll-up by group' }).click();
  await expect(page).toHaveURL(/tab=rollup/);
  const heatMap = page.getByRole('table', {
    name: 'Levels against targets by group',
  });
  // IT Operations sits below IT Department in the demo catalog, so its
  // programmes roll up into the IT Department row at the top.
  const department = heatMap.getByRole('row', { name: /IT Department/ });
  await expect(department).toBeVisible();
  for (const process of ['Change', 'Configuration', 'Release']) {
    await expect(
      heatMap.getByRole('columnheader', { name: new RegExp(process) }),
    ).toBeVisible();
  }
  await department.getByRole('link', { name: /IT Department/ }).click();
  await expect(page).toHaveURL(
    /group=group%3Adefault%2Fit-department|group=group:default\/it-department/,
  );
  await expect(
    page.getByRole('navigation', { name: 'Group path' }),
  ).toContainText('IT Department');
  const operations = heatMap.getByRole('row', { name: /IT Operations/ });
  await expect(operations).toBeVisible();
  const programmes = Number(
    await operations.getByRole('cell').first().innerText(),
  );
  expect(programmes).toBeGreaterThanOrEqual(1);
  await expect(
    page.getByRole('heading', { name: 'Mean level by week' }),
  ).toBeVisible();
  await page.screenshot({
    path: 'e2e-test-report/csip-rollup.png',
    fullPage: true,
  });
});

test('the portfolio has no horizontal scrollbar at 1280 × 800', async ({
  browser,
  request,
}) => {
  const coach = await apiAs(request, 'user:default/alex.coach');
  await coach.post('/programmes', {
    title: `E2E a programme with a rather long title to test wrapping ${Date.now()}`,
    driver: 'operational',
    ownerRef: 'group:default/change-advisory-board',
    members: [{ userRef: 'user:default/alex.coach', role: 'coach' }],
  });
  const page = await signIn(browser, PERSONAS.coach);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/csip?tab=portfolio');
  const table = page.getByRole('table', { name: 'Programme portfolio' });
  await expect(table).toBeVisible();
  const overflow = await page.evaluate(() => {
    const tableEl = document.querySelector(
      'table[aria-label="Programme portfolio"]',
    ) as HTMLElement;
    const container = tableEl.parentElement as HTMLElement;
    return {
      page:
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
      container: container.scrollWidth - container.clientWidth,
      table:
        tableEl.getBoundingClientRect().right -
        document.documentElement.clientWidth,
    };
  });
  expect(overflow.page).toBeLessThanOrEqual(0);
  expect(overflow.container).toBeLessThanOrEqual(0);
  expect(overflow.table).toBeLessThanOrEqual(0);
  await page.screenshot({
    path: 'e2e-test-report/csip-portfolio-1280.png',
    fullPage: true,
  });
});
