import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const programme = {
  title: 'Release CSIP',
  driver: 'strategic' as const,
  ownerRef: 'system:default/payments-platform',
  // Leads and coaches move phases: the signed-in test user
  // (mockServices.httpAuth's default) leads it, Ada coaches.
  roles: {
    'user:default/mock': 'lead',
    'user:default/ada': 'coach',
  } as const,
};

describe.each(databases.eachSupportedId())('phase routes on %s', databaseId => {
  it('explains the gates and answers 409 listing every unmet one', async () => {
    const testApp = await createTestApp({ databases, databaseId });
    const { app } = testApp;
    const { id } = await givenProgramme({ testApp, ...programme });

    const status = await request(app).get(`/programmes/${id}/phase`);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      phase: 'establish',
      facts: { approachDecided: false, scopeAgreed: false },
      next: { to: 'implement', allowed: false },
      transitions: [],
    });
    expect(status.body.next.unmet.map((u: { gate: string }) => u.gate)).toEqual(
      ['approach-decided', 'scope-agreed'],
    );

    const blocked = await request(app)
      .post(`/programmes/${id}/phase`)
      .send({ to: 'implement' });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.message).toContain('[approach-decided]');
    expect(blocked.body.error.message).toContain('[scope-agreed]');

    const decided = await request(app)
      .post(`/programmes/${id}/approach/decisions`)
      .send({ approach: 'diy', rationale: 'We know ITSM well' });
    expect(decided.status).toBe(201);
    const stillBlocked = await request(app)
      .post(`/programmes/${id}/phase`)
      .send({ to: 'implement' });
    expect(stillBlocked.status).toBe(409);
    expect(stillBlocked.body.error.message).not.toContain('[approach-decided]');
    expect(stillBlocked.body.error.message).toContain('[scope-agreed]');

    const skip = await request(app)
      .post(`/programmes/${id}/phase`)
      .send({ to: 'review' });
    expect(skip.status).toBe(409);
    expect(skip.body.error.message).toContain('[next-phase-only]');

    const read = await request(app).get(`/programmes/${id}`);
    expect(read.body.phase).toBe('establish');
  });

  it('moves back with a reason, as the caller, and records the history', async () => {
    const testApp = await createTestApp({ databases, databaseId });
    const { app } = testApp;
    const { id } = await givenProgramme({
      testApp,
      ...programme,
      phase: 'review',
    });

    const noReason = await request(app)
      .post(`/programmes/${id}/phase`)
      .send({ to: 'implement' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('reason');
    expect((await request(app).get(`/programmes/${id}`)).body.phase).toBe(
      'review',
    );

    const back = await request(app)
      .post(`/programmes/${id}/phase`)
      .set('Authorization', mockCredentials.user.header('user:default/ada'))
      .send({
        to: 'implement',
        reason: 'Release reviews showed gaps',
        movedBy: 'user:default/x',
      });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ phase: 'implement', version: 2 });

    const status = await request(app).get(`/programmes/${id}/phase`);
    expect(status.body.transitions).toEqual([
      expect.objectContaining({
        from: 'review',
        to: 'implement',
        reason: 'Release reviews showed gaps',
        movedBy: 'user:default/ada',
      }),
    ]);
  });

  it('rejects an unknown phase naming the field', async () => {
    const testApp = await createTestApp({ databases, databaseId });
    const { app } = testApp;
    const { id } = await givenProgramme({ testApp, ...programme });
    const res = await request(app)
      .post(`/programmes/${id}/phase`)
      .send({ to: 'done' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('to:');
  });
});
