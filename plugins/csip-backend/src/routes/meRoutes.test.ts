import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { PermissionsService } from '@backstage/backend-plugin-api';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { whereRole } from '../__testUtils__/portalPolicy';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const OMAR = 'user:default/omar.ops';
const as = (ref: string) => mockCredentials.user.header(ref);
const omar = as(OMAR);
const coach = as('user:default/alex.coach');

/** An ISO date `days` from today (negative: in the past). */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A policy that lets Omar read only programmes where he is a sponsor; others read all. */
function readOnlyWhereSponsor(): PermissionsService {
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async (_requests, { credentials }) => [
      (credentials.principal as { userEntityRef?: string }).userEntityRef !==
      OMAR
        ? { result: AuthorizeResult.ALLOW }
        : whereRole([OMAR], ['sponsor']),
    ],
  });
}

describe.each(databases.eachSupportedId())('me routes on %s', databaseId => {
  async function setup(permissions?: PermissionsService) {
    const testApp = await createTestApp({ databases, databaseId, permissions });
    const { app } = testApp;
    const addAction = async (
      programmeId: string,
      fields: { description: string; owner?: string; dueDate: string },
    ) => {
      const res = await request(app)
        .post(`/programmes/${programmeId}/actions`)
        .set('Authorization', coach)
        .send({ owner: OMAR, measure: 'Seen in the next review', ...fields });
      expect(res.status).toBe(201);
      return res.body as { id: string; version: number };
    };
    const addCommitment = async (
      programmeId: string,
      commitment: { text: string; owner?: string; followUpOn: string },
    ) => {
      const res = await request(app)
        .post(`/programmes/${programmeId}/moments`)
        .set('Authorization', coach)
        .send({
          process: 'change',
          kind: 'in-the-work',
          observation: 'Seen at the CAB',
          commitment: { owner: OMAR, ...commitment },
        });
      expect(res.status).toBe(201);
      return res.body as { id: string; followUpId: string };
    };
    // Omar is sponsor and member of Release; lead of Capacity; member of
    // an archived programme.
    const release = await givenProgramme({
      testApp,
      title: 'Release CSIP',
      roles: {
        'user:default/alex.coach': ['coach', 'lead'],
        [OMAR]: ['member', 'sponsor'],
      },
    });
    const capacity = await givenProgramme({
      testApp,
      title: 'Capacity CSIP',
      phase: 'implement',
      roles: {
        'user:default/alex.coach': ['coach', 'lead'],
        [OMAR]: 'lead',
      },
    });
    const archived = await givenProgramme({
      testApp,
      title: 'Archived CSIP',
      roles: { 'user:default/alex.coach': ['coach', 'lead'], [OMAR]: 'member' },
    });
    await addAction(archived.id, {
      description: 'Archived',
      dueDate: inDays(-3),
    });
    await addCommitment(archived.id, {
      text: 'Archived',
      followUpOn: inDays(-3),
    });
    await testApp
      .knex('csip_programmes')
      .where({ id: archived.id })
      .update({ archived: true });
    return {
      ...testApp,
      release,
      capacity,
      archived,
      addAction,
      addCommitment,
    };
  }

  it('lists the open actions the caller owns, overdue first, with due-soon flags', async () => {
    const { app, release, capacity, addAction } = await setup();
    await addAction(release.id, { description: 'Later', dueDate: inDays(60) });
    await addAction(release.id, {
      description: 'Soon, owner spelled differently',
      owner: 'user:default/Omar.Ops',
      dueDate: inDays(5),
    });
    await addAction(capacity.id, { description: 'Late', dueDate: inDays(-2) });
    await addAction(release.id, {
      description: 'Someone else',
      owner: 'user:default/alex.coach',
      dueDate: inDays(1),
    });
    for (const status of ['done', 'dropped']) {
      const closed = await addAction(release.id, {
        description: `Closed ${status}`,
        dueDate: inDays(-10),
      });
      const res = await request(app)
        .patch(`/actions/${closed.id}`)
        .set('Authorization', coach)
        .send({ version: closed.version, status });
      expect(res.status).toBe(200);
    }

    const res = await request(app).get('/me/work').set('Authorization', omar);
    expect(res.status).toBe(200);
    expect(
      res.body.actions.map(
        (a: { description: string; overdue: boolean; dueSoon: boolean }) => [
          a.description,
          a.overdue,
          a.dueSoon,
        ],
      ),
    ).toEqual([
      ['Late', true, false],
      ['Soon, owner spelled differently', false, true],
      ['Later', false, false],
    ]);
    expect(res.body.actions[0]).toEqual({
      id: expect.any(String),
      programmeId: capacity.id,
      programmeTitle: 'Capacity CSIP',
      description: 'Late',
      dueDate: inDays(-2),
      status: 'open',
      overdue: true,
      dueSoon: false,
      version: 1,
    });

    // Someone else's view holds none of Omar's actions.
    const alex = await request(app).get('/me/work').set('Authorization', coach);
    expect(
      alex.body.actions.map((a: { description: string }) => a.description),
    ).toEqual(['Someone else']);
  });

  it('lists what awaits agreement as the awaiting route does, and the programmes with their roles', async () => {
    const { app, release, capacity } = await setup();
    const published = await request(app)
      .post(`/programmes/${release.id}/scope/versions`)
      .set('Authorization', coach)
      .send({
        processes: [
          {
            process: 'change',
            baselineLevel: 1,
            targetLevel: 3,
            targetDate: '2027-06-30',
          },
        ],
      });
    expect(published.status).toBe(201);

    const res = await request(app).get('/me/work').set('Authorization', omar);
    const awaiting = await request(app)
      .get('/scope/awaiting-my-agreement')
      .set('Authorization', omar);
    expect(res.body.awaitingAgreement).toEqual(awaiting.body.items);
    expect(res.body.awaitingAgreement).toEqual([
      expect.objectContaining({
        programmeId: release.id,
        programmeTitle: 'Release CSIP',
        versionNumber: 1,
      }),
    ]);
    // Sorted by title; the archived programme is left out.
    expect(res.body.programmes).toEqual([
      {
        id: capacity.id,
        title: 'Capacity CSIP',
        ownerRef: 'group:default/it-operations',
        phase: 'implement',
        roles: ['lead'],
      },
      {
        id: release.id,
        title: 'Release CSIP',
        ownerRef: 'group:default/it-operations',
        phase: 'establish',
        roles: ['sponsor', 'member'],
      },
    ]);
    expect(res.body.actions).toEqual([]);
  });

  it('leaves out programmes the caller may not read, with their actions', async () => {
    const { app, release, capacity, addAction } = await setup(
      readOnlyWhereSponsor(),
    );
    await addAction(release.id, {
      description: 'Readable',
      dueDate: inDays(3),
    });
    await addAction(capacity.id, { description: 'Hidden', dueDate: inDays(3) });

    const res = await request(app).get('/me/work').set('Authorization', omar);
    expect(res.status).toBe(200);
    expect(res.body.programmes.map((p: { id: string }) => p.id)).toEqual([
      release.id,
    ]);
    expect(
      res.body.actions.map((a: { description: string }) => a.description),
    ).toEqual(['Readable']);
  });

  it('lists the open commitments the caller owns, soonest follow-up first, wherever they are', async () => {
    const { app, knex, release, capacity, addCommitment } = await setup();
    // A programme Omar holds no role in, where he owes a commitment.
    const elsewhere = await givenProgramme({
      testApp: { app, knex },
      title: 'Elsewhere CSIP',
      roles: { 'user:default/alex.coach': ['coach', 'lead'] },
    });
    await addCommitment(release.id, {
      text: 'Later',
      followUpOn: inDays(30),
    });
    const late = await addCommitment(capacity.id, {
      text: 'Today, owner spelled differently',
      owner: 'user:default/Omar.Ops',
      followUpOn: inDays(0),
    });
    await addCommitment(elsewhere.id, {
      text: 'Earliest, elsewhere',
      followUpOn: inDays(-5),
    });
    await addCommitment(release.id, {
      text: 'Someone else',
      owner: 'user:default/alex.coach',
      followUpOn: inDays(-1),
    });
    const kept = await addCommitment(release.id, {
      text: 'Kept already',
      followUpOn: inDays(-10),
    });
    const outcome = await request(app)
      .post(`/follow-ups/${kept.followUpId}/outcome`)
      .set('Authorization', omar)
      .send({ outcome: 'kept' });
    expect(outcome.status).toBe(200);

    const res = await request(app).get('/me/work').set('Authorization', omar);
    expect(res.status).toBe(200);
    expect(
      res.body.followUps.map(
        (f: { text: string; programmeTitle: string; due: boolean }) => [
          f.text,
          f.programmeTitle,
          f.due,
        ],
      ),
    ).toEqual([
      ['Earliest, elsewhere', 'Elsewhere CSIP', true],
      ['Today, owner spelled differently', 'Capacity CSIP', true],
      ['Later', 'Release CSIP', false],
    ]);
    expect(res.body.followUps[1]).toEqual({
      id: late.followUpId,
      programmeId: capacity.id,
      programmeTitle: 'Capacity CSIP',
      momentId: late.id,
      process: 'change',
      text: 'Today, owner spelled differently',
      owner: 'user:default/Omar.Ops',
      followUpOn: inDays(0),
      recordedBy: 'user:default/alex.coach',
      createdAt: expect.any(String),
      due: true,
    });
    // Owing a commitment is no role: the programme is not among his.
    expect(res.body.programmes.map((p: { id: string }) => p.id)).not.toContain(
      elsewhere.id,
    );
  });

  it('leaves out commitments in programmes the caller may not read', async () => {
    const { app, release, capacity, addCommitment } = await setup(
      readOnlyWhereSponsor(),
    );
    await addCommitment(release.id, {
      text: 'Readable',
      followUpOn: inDays(3),
    });
    await addCommitment(capacity.id, { text: 'Hidden', followUpOn: inDays(3) });

    const res = await request(app).get('/me/work').set('Authorization', omar);
    expect(res.body.followUps.map((f: { text: string }) => f.text)).toEqual([
      'Readable',
    ]);
  });

  it('answers users only: a service gets 403, no credentials 401', async () => {
    const { app } = await setup();
    expect(
      (
        await request(app)
          .get('/me/work')
          .set('Authorization', mockCredentials.service.header())
      ).status,
    ).toBe(403);
    expect(
      (
        await request(app)
          .get('/me/work')
          .set('Authorization', mockCredentials.none.header())
      ).status,
    ).toBe(401);
  });

  it('is empty for someone with no programmes', async () => {
    const { app } = await setup();
    const res = await request(app)
      .get('/me/work')
      .set('Authorization', as('user:default/zoe.elsewhere'));
    expect(res.body).toEqual({
      actions: [],
      followUps: [],
      awaitingAgreement: [],
      programmes: [],
    });
  });
});
