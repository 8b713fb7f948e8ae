import { expect, test } from '@playwright/test';
import { apiAs, PERSONAS, signIn } from './personas';

/** The answers to record, in the questionnaire's order; none is the middle. */
const ANSWERS = [1, 1, 4, 4, 5, 5, 2, 1];
const WORDS: Record<number, string> = {
  1: '1 – Not at all',
  2: '2 – A little',
  4: '4 – Quite a lot',
  5: '5 – Very much',
};

test('the sponsor records the approach with answers; after a reload the decision comes first, and revisiting starts unanswered with no recommendation', async ({
  browser,
  request,
}) => {
  // Set-up through the API as the coach: a programme with Dana as sponsor
  // and no approach decided yet.
  const coach = await apiAs(request, 'user:default/alex.coach');
  const { id } = await coach.post('/programmes', {
    title: `E2E approach ${Date.now()}`,
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: 'user:default/alex.coach', role: 'coach' },
      { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
    ],
  });

  // Nothing decided: the questions are open at once, unanswered.
  const sponsor = await signIn(browser, PERSONAS.sponsor);
  await sponsor.goto(`/csip/programmes/${id}?tab=approach`);
  const questions = sponsor.getByRole('radiogroup', { name: /^\d\. / });
  await expect(questions).toHaveCount(ANSWERS.length);
  for (const [index, value] of ANSWERS.entries()) {
    await questions
      .nth(index)
      .getByRole('radio', { name: WORDS[value], exact: true })
      .check();
  }
  await expect(
    sponsor.getByRole('heading', { name: /^Recommended:/ }),
  ).toBeVisible();
  await sponsor
    .getByRole('radio', { name: 'Do it yourself with coaching' })
    .check();
  await sponsor.getByLabel('Rationale').fill('We must keep the know-how');
  await sponsor.getByRole('button', { name: 'Record decision' }).click();
  await expect(
    sponsor.getByText('Decision recorded. It is now the current decision.'),
  ).toBeVisible();

  // After a reload: the current decision first, with the recorded answers.
  await sponsor.reload();
  const current = sponsor.getByRole('region', {
    name: 'Current decision: Do it yourself with coaching',
  });
  await expect(current).toBeVisible();
  await expect(current).toContainText('Rationale: We must keep the know-how');
  const recorded = current
    .getByRole('list', { name: 'Recorded answers' })
    .getByRole('listitem');
  await expect(recorded).toHaveCount(ANSWERS.length);
  for (const [index, value] of ANSWERS.entries()) {
    await expect(recorded.nth(index)).toContainText(WORDS[value]);
  }
  const history = sponsor.getByRole('list', {
    name: 'Decisions, newest first',
  });
  await expect(history).toBeVisible();
  expect(
    await current.evaluate(
      (el, other) =>
        !!other &&
        !!(
          el.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING
        ),
      await history.elementHandle(),
    ),
  ).toBe(true);
  // The questions wait behind "Revisit the decision".
  await expect(questions).toHaveCount(0);
  await expect(
    sponsor.getByRole('button', { name: 'Record decision' }),
  ).toHaveCount(0);

  // Revisiting opens the questions unanswered, with no recommendation yet.
  await current.getByRole('button', { name: 'Revisit the decision' }).click();
  const revisit = sponsor.getByRole('region', {
    name: 'Revisit the decision',
  });
  await expect(revisit).toBeVisible();
  await expect(revisit.getByRole('radiogroup', { name: /^\d\. / })).toHaveCount(
    ANSWERS.length,
  );
  await expect(revisit.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(
    revisit.getByRole('heading', { name: /^Recommended:/ }),
  ).toHaveCount(0);
  await expect(
    revisit.getByText(/8 questions are still to answer/).first(),
  ).toBeVisible();
  await expect(
    revisit.getByRole('button', { name: 'Record decision' }),
  ).toBeDisabled();
});
