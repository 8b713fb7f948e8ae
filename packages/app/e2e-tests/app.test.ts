import { expect, test } from '@playwright/test';

test('a guest signs in, finds CSIP in the sidebar and sees the empty state', async ({
  page,
}) => {
  await page.goto('/');

  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  const csipLink = nav.getByRole('link', { name: 'CSIP', exact: true });
  await expect(csipLink).toBeVisible();
  await csipLink.click();

  await expect(page).toHaveURL(/\/csip$/);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Continual service improvement',
    }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'For you' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByRole('tab', { name: 'Portfolio' }).click();
  await expect(
    page.getByRole('heading', { name: 'No improvement programmes yet' }),
  ).toBeVisible();
  await expect(page.getByText('Next step:')).toBeVisible();

  await page.screenshot({
    path: 'e2e-test-report/csip-empty-state.png',
    fullPage: true,
  });
});
