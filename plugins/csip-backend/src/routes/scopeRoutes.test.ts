import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { portalPolicy } from '../__testUtils__/portalPolicy';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const as = (ref: string) => mockCredentials.user.header(ref);
const coach = as('user:default/alex.coach');
const sponsor = as('user:default/dana.sponsor');
const member = as('user:default/omar.ops');

const scope = {
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
  ],
  objectives: ['Halve failed changes'],
  outOfScope: ['Incident management'],
  milestones: [{ title: 'Baseline review', date: '2027-01-31' }],
  resources: { coachDays: 10, budget: 20000, notes: '' },
  assumptions: [],
};

/** A portal policy that lets Omar read no programme, and allows the rest. */
const omarMayNotRead = () =>
  portalPolicy(
    (name, credentials) =>
      !(
        name === 'csip.programme.read' &&
        (credentials.principal as { userEntityRef?: string }).userEntityRef ===
          'user:default/omar.ops'
      ),
  );

describe.each(databases.eachSupportedId())('scope routes on %s', databaseId => {
  async function setup(
    permissions?: Parameters<typeof createTestApp>[0]['permissions'],
  ) {
    const ctx = await createTestApp({ databases, databaseId, permissions });
    const programme = await givenProgramme({
      testApp: ctx,
      roles: {
        'user:default/alex.coach': 'coach',
        'user:default/dana.sponsor': 'sponsor',
        'user:default/omar.ops': 'member',
      },
    });
    return { ...ctx, id: programme.id };
  }

  it('lets leads and coaches publish, names bad fields, and writes nothing on error', async () => {
    const { app, id } = await setup();
    const url = `/programmes/${id}/scope/versions`;

    const asMember = await request(app)
      .post(url)
      .set('Authorization', member)
      .send(scope);
    expect(asMember.status).toBe(403);

    const bad = await request(app)
      .post(url)
      .set('Authorization', coach)
      .send({
        ...scope,
        processes: [
          {
            process: 'change',
            baselineLevel: 3,
            targetLevel: 2,
            targetDate: 'soon',
          },
        ],
      });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('processes.0.targetLevel');
    expect(bad.body.error.message).toContain('processes.0.targetDate');

    const empty = await request(app).get(`/programmes/${id}/scope`);
    expect(empty.body).toEqual({
      status: 'draft',
      approvers: [{ userRef: 'user:default/dana.sponsor' }],
      diff: [],
    });

    const ok = await request(app)
      .post(url)
      .set('Authorization', coach)
      .send(scope);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      number: 1,
      publishedBy: 'user:default/alex.coach',
    });
  });

  it('records agreement as the caller on the current version only', async () => {
    const { app, id } = await setup();
    await request(app)
      .post(`/programmes/${id}/scope/versions`)
      .set('Authorization', coach)
      .send({ ...scope, approvers: ['user:default/priya.change'] });
    const agree = (n: number) =>
      `/programmes/${id}/scope/versions/${n}/agreements`;

    expect(
      (
        await request(app)
          .post(agree(1))
          .set('Authorization', member)
          .send({ decision: 'agree' })
      ).status,
    ).toBe(403);
    const declineNoComment = await request(app)
      .post(agree(1))
      .set('Authorization', sponsor)
      .send({ decision: 'decline' });
    expect(declineNoComment.status).toBe(400);
    expect(declineNoComment.body.error.message).toContain('comment');

    const agreed = await request(app)
      .post(agree(1))
      .set('Authorization', sponsor)
      .send({
        decision: 'agree',
        comment: 'Good',
        userRef: 'user:default/mallory',
      });
    expect(agreed.status).toBe(201);
    expect(agreed.body).toMatchObject({
      userRef: 'user:default/dana.sponsor',
      decision: 'agree',
    });

    let view = (await request(app).get(`/programmes/${id}/scope`)).body;
    expect(view.status).toBe('awaiting-agreement');
    await request(app)
      .post(agree(1))
      .set('Authorization', as('user:default/priya.change'))
      .send({ decision: 'agree' });
    view = (await request(app).get(`/programmes/${id}/scope`)).body;
    expect(view.status).toBe('agreed');
    expect(view.current.number).toBe(1);
    expect(view.diff.map((c: { text: string }) => c.text)).toContain(
      'Process added: change, level 1 → 3 by 2027-06-30',
    );

    // A new version needs fresh agreement; the old one can no longer be agreed.
    await request(app)
      .post(`/programmes/${id}/scope/versions`)
      .set('Authorization', coach)
      .send({
        ...scope,
        resources: { coachDays: 15, budget: 20000, notes: '' },
        approvers: ['user:default/priya.change'],
      });
    view = (await request(app).get(`/programmes/${id}/scope`)).body;
    expect(view.status).toBe('awaiting-agreement');
    expect(
      view.approvers.every((a: { decision?: string }) => !a.decision),
    ).toBe(true);
    expect(view.diff).toEqual([
      {
        section: 'resources',
        kind: 'changed',
        text: 'Resources: coach days 10 → 15',
      },
    ]);
    const stale = await request(app)
      .post(agree(1))
      .set('Authorization', sponsor)
      .send({ decision: 'agree' });
    expect(stale.status).toBe(409);
    expect(
      (
        await request(app)
          .post(agree(7))
          .set('Authorization', sponsor)
          .send({ decision: 'agree' })
      ).status,
    ).toBe(404);

    const awaiting = await request(app)
      .get('/scope/awaiting-my-agreement')
      .set('Authorization', sponsor);
    expect(awaiting.body.items).toEqual([
      expect.objectContaining({ programmeId: id, versionNumber: 2 }),
    ]);
    const declined = await request(app)
      .post(agree(2))
      .set('Authorization', sponsor)
      .send({ decision: 'decline', comment: 'Too few coach days' });
    expect(declined.status).toBe(201);
    expect(
      (await request(app).get(`/programmes/${id}/scope`)).body.status,
    ).toBe('declined');
    expect(
      (
        await request(app)
          .get('/scope/awaiting-my-agreement')
          .set('Authorization', sponsor)
      ).body.items,
    ).toEqual([]);
  });

  it('counts an approver’s latest decision when they change their mind', async () => {
    const { app, id } = await setup();
    await request(app)
      .post(`/programmes/${id}/scope/versions`)
      .set('Authorization', coach)
      .send({ ...scope, approvers: ['user:default/priya.change'] });
    const url = `/programmes/${id}/scope/versions/1/agreements`;
    const decide = async (
      auth: string,
      decision: 'agree' | 'decline',
      comment = '',
    ) => {
      const res = await request(app)
        .post(url)
        .set('Authorization', auth)
        .send({ decision, comment });
      expect(res.status).toBe(201);
    };
    const view = async () =>
      (await request(app).get(`/programmes/${id}/scope`)).body;
    const dana = (body: { approvers: { userRef: string }[] }) =>
      body.approvers.find(a => a.userRef === 'user:default/dana.sponsor');
    const priya = as('user:default/priya.change');

    // Agree, then decline: the decline counts.
    await decide(sponsor, 'agree', 'Good');
    await decide(priya, 'agree');
    expect((await view()).status).toBe('agreed');
    await decide(sponsor, 'decline', 'The budget was cut');
    let body = await view();
    expect(body.status).toBe('declined');
    expect(dana(body)).toMatchObject({
      decision: 'decline',
      comment: 'The budget was cut',
    });

    // Decline, then agree, with every other approver agreed: agreed.
    await decide(sponsor, 'agree', 'Budget restored');
    body = await view();
    expect(body.status).toBe('agreed');
    expect(dana(body)).toMatchObject({
      decision: 'agree',
      comment: 'Budget restored',
    });
    // A changed mind is not "awaiting" again.
    expect(
      (
        await request(app)
          .get('/scope/awaiting-my-agreement')
          .set('Authorization', sponsor)
      ).body.items,
    ).toEqual([]);
  });

  it('lists every decision on a version, oldest first, changed minds included', async () => {
    const { app, id } = await setup(omarMayNotRead());
    await request(app)
      .post(`/programmes/${id}/scope/versions`)
      .set('Authorization', coach)
      .send(scope);
    const url = (n: number | string) =>
      `/programmes/${id}/scope/versions/${n}/agreements`;
    await request(app)
      .post(url(1))
      .set('Authorization', sponsor)
      .send({ decision: 'agree', comment: 'Good' })
      .expect(201);
    await request(app)
      .post(url(1))
      .set('Authorization', sponsor)
      .send({ decision: 'decline', comment: 'The budget was cut' })
      .expect(201);

    const record = await request(app).get(url(1)).set('Authorization', coach);
    expect(record.status).toBe(200);
    expect(record.body.items).toEqual([
      {
        programmeId: id,
        versionNumber: 1,
        userRef: 'user:default/dana.sponsor',
        decision: 'agree',
        comment: 'Good',
        at: expect.any(String),
      },
      {
        programmeId: id,
        versionNumber: 1,
        userRef: 'user:default/dana.sponsor',
        decision: 'decline',
        comment: 'The budget was cut',
        at: expect.any(String),
      },
    ]);
    const [first, second] = record.body.items;
    expect(Date.parse(first.at)).toBeLessThanOrEqual(Date.parse(second.at));

    // Unknown versions and programmes are 404s; a bad number a 400.
    expect(
      (await request(app).get(url(2)).set('Authorization', coach)).status,
    ).toBe(404);
    expect(
      (
        await request(app)
          .get(
            '/programmes/00000000-0000-0000-0000-000000000000/scope/versions/1/agreements',
          )
          .set('Authorization', coach)
      ).status,
    ).toBe(404);
    for (const bad of ['0x1', '1e3', '-1', 'one']) {
      expect(
        (await request(app).get(url(bad)).set('Authorization', coach)).status,
      ).toBe(400);
    }

    // A reader the policy keeps out gets what the other scope reads give.
    const scopeRead = await request(app)
      .get(`/programmes/${id}/scope`)
      .set('Authorization', member);
    const recordRead = await request(app)
      .get(url(1))
      .set('Authorization', member);
    expect(scopeRead.status).toBe(403);
    expect(recordRead.status).toBe(scopeRead.status);
    expect(recordRead.body.items).toBeUndefined();
  });

  it('opens the establish gate once the approach is decided and the scope agreed', async () => {
    const { app, id } = await setup();
    await request(app)
      .post(`/programmes/${id}/approach/decisions`)
      .set('Authorization', sponsor)
      .send({ approach: 'diy-with-coaching', rationale: 'Keep the know-how' });
    await request(app)
      .post(`/programmes/${id}/scope/versions`)
      .set('Authorization', coach)
      .send(scope);
    const blocked = await request(app)
      .post(`/programmes/${id}/phase`)
      .set('Authorization', coach)
      .send({ to: 'implement' });
    expect(blocked.status).toBe(409);
    await request(app)
      .post(`/programmes/${id}/scope/versions/1/agreements`)
      .set('Authorization', sponsor)
      .send({ decision: 'agree' });
    const moved = await request(app)
      .post(`/programmes/${id}/phase`)
      .set('Authorization', coach)
      .send({ to: 'implement' });
    expect(moved.status).toBe(200);
    expect(moved.body.phase).toBe('implement');
  });
});
