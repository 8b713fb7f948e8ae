import { expect, test } from '@playwright/test';
import { apiAs, givenChangeProgramme, PERSONAS, signIn } from './personas';

test('a group’s entity page shows its programmes on the Improvement card and tab', async ({
  browser,
  request,
}) => {
  // A programme owned by the IT Operations group, with Change in scope.
  const api = await apiAs(request, 'user:default/alex.coach');
  const title = `E2E entity ${Date.now()}`;
  const id = await givenChangeProgramme(api, title);

  const page = await signIn(browser, PERSONAS.member);
  await page.goto('/catalog/default/group/it-operations');

  // The card on the overview.
  await expect(
    page.getByRole('heading', { name: 'Improvement', exact: true }),
  ).toBeVisible();
  const card = page.getByRole('region', { name: title });
  await expect(card.getByText('Establish (1 of 5)')).toBeVisible();
  await expect(card.getByText('Awaiting agreement')).toBeVisible();
  await expect(card.getByText(/^Not ready: \d+ blockers$/)).toBeVisible();
  await expect(
    card.getByText('Change management: Not reviewed yet; target 3 Established'),
  ).toBeVisible();

  // The Improvement tab.
  await page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'Improvement' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Improvement programmes' }),
  ).toBeVisible();
  const section = page.getByRole('region', { name: title });
  await expect(section.getByText('No overdue actions')).toBeVisible();
  await expect(section.getByText('0 %', { exact: true })).toBeVisible();
  await page.screenshot({
    path: 'e2e-test-report/csip-entity-improvement.png',
    fullPage: true,
  });
  await section.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/csip/programmes/${id}$`));
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
});
