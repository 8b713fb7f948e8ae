import { mockCredentials } from '@backstage/backend-test-utils';
import { checkTone } from '@csip-coach/plugin-csip-common';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const coach = mockCredentials.user.header('user:default/alex.coach');

const tone = {
  extraPhrases: [
    {
      phrase: 'heads will roll',
      category: 'command' as const,
      suggestion: 'we will look at this together',
    },
  ],
  allow: ['lazy evaluation'],
};

describe.each(databases.eachSupportedId())('tone routes on %s', databaseId => {
  it('serves the configured additions and applies them to /tone/check', async () => {
    const { app } = await createTestApp({ databases, databaseId, tone });

    const config = await request(app)
      .get('/tone/config')
      .set('Authorization', coach);
    expect(config.status).toBe(200);
    expect(config.body).toEqual(tone);

    const text =
      'If this happens again heads will roll. Lazy evaluation is now on. The release process is a shambles.';
    const checked = await request(app)
      .post('/tone/check')
      .set('Authorization', coach)
      .send({ text });
    expect(checked.status).toBe(200);
    // The same function with the same options in the editor gives the same.
    expect(checked.body.findings).toEqual(checkTone(text, config.body));
    expect(
      checked.body.findings.map((f: { phrase: string; category: string }) => [
        f.phrase,
        f.category,
      ]),
    ).toEqual([
      ['heads will roll', 'command'],
      ['a shambles', 'verdict'],
    ]);
    for (const f of checked.body.findings) {
      expect(f.why).toEqual(expect.any(String));
    }
  });

  it('serves an empty configuration by default', async () => {
    const { app } = await createTestApp({ databases, databaseId });
    const config = await request(app)
      .get('/tone/config')
      .set('Authorization', coach);
    expect(config.body).toEqual({ extraPhrases: [], allow: [] });
  });
});
