import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { PermissionsService } from '@backstage/backend-plugin-api';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

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

/** A policy that lets the caller read only programmes where Omar is a sponsor. */
function readOnlyWhereSponsor(): PermissionsService {
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    authorizeConditional: async () => [
      {
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'csip',
        resourceType: 'csip-programme',
        conditions: {
          rule: 'HAS_PROGRAMME_ROLE',
          resourceType: 'csip-programme',
          params: { userRefs: [OMAR], roles: ['sponsor'] },
        },
      },
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
    await testApp
      .knex('csip_programmes')
      .where({ id: archived.id })
      .update({ archived: true });
    return { ...testApp, release, capacity, archived, addAction };
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
      awaitingAgreement: [],
      programmes: [],
    });
  });
});
