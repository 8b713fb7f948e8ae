import { expect, test } from '@playwright/test';
import { apiAs, givenChangeProgramme, PERSONAS, signIn } from './personas';

/**
 * The review editor (in Chromium, with the bundled checker) and the
 * backend's `POST /tone/check` give the same findings for the same text:
 * the same phrases, kinds and suggestions, in the same order.
 */

// Judgemental and neutral sentences of several kinds, in one observation.
const TEXT = [
  'Configuration records were neglected for most of the quarter.',
  'The engineers seem to regard change records as somebody else’s problem.',
  'As usual, the change records were updated only after the incident.',
  'Stop approving changes that have no tested backout plan.',
  'What passes for a release plan here would not pass muster elsewhere.',
  'The release manager said the freeze felt rushed and chaotic.',
  'In March, 4 of 31 changes lacked a backout plan.',
  'The change failure rate fell from 12 % to 8 % after peer review began.',
  'What would help the team capture backout plans earlier?',
  'No offence, but the CAB is nothing but theatre.',
].join(' ');

const LABELS: Record<string, string> = {
  verdict: 'Verdict',
  absolute: 'Absolute',
  blame: 'Blame',
  label: 'Label',
  assumption: 'Assumption',
  command: 'Command',
};

test('the editor and POST /tone/check give identical findings', async ({
  browser,
  request,
}) => {
  const api = await apiAs(request, 'user:default/alex.coach');
  const id = await givenChangeProgramme(api, `E2E tone ${Date.now()}`);

  const { findings } = (await api.post('/tone/check', { text: TEXT })) as {
    findings: Array<{ phrase: string; category: string; suggestion: string }>;
  };
  expect(findings.length).toBeGreaterThanOrEqual(6);
  const fromApi = findings.map(f => ({
    phrase: f.phrase,
    kind: LABELS[f.category],
    suggestion: f.suggestion,
  }));

  const coach = await signIn(browser, PERSONAS.coach);
  await coach.goto(`/csip/programmes/${id}?tab=reviews`);
  await coach
    .getByRole('button', { name: 'Start a review of Change management' })
    .click();
  await coach.getByRole('button', { name: 'Add observation' }).click();
  const observation = coach.getByRole('textbox', { name: 'Observation 1' });
  await observation.fill(TEXT);
  await expect(
    coach.getByText(`${findings.length} wordings to reconsider`, {
      exact: true,
    }),
  ).toBeVisible();

  const describedBy =
    (await observation.getAttribute('aria-describedby')) ?? '';
  const items = coach.locator(
    describedBy
      .split(' ')
      .map(idRef => `[id="${idRef}"] li`)
      .join(', '),
  );
  await expect(items).toHaveCount(findings.length);
  const fromEditor = [];
  for (const item of await items.all()) {
    const line = ((await item.locator('p').first().textContent()) ?? '').trim();
    const button = (
      (await item.getByRole('button').textContent()) ?? ''
    ).trim();
    const [, phrase, kind] = /^“([\s\S]*)” — (\w+)$/.exec(line) ?? [];
    const [, suggestion] = /^Use “([\s\S]*)”$/i.exec(button) ?? [];
    fromEditor.push({ phrase, kind, suggestion });
  }
  expect(fromEditor).toEqual(fromApi);
});
