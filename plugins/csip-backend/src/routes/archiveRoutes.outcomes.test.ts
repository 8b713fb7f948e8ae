import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const LEAD = 'user:default/priya.change';
const SPONSOR = 'user:default/dana.sponsor';
const as = (ref: string) => mockCredentials.user.header(ref);

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
  kpis: [
    {
      objective: 'Halve failed changes',
      name: 'Failed changes',
      unit: '%',
      baseline: 12,
      target: 6,
      direction: 'down',
    },
  ],
};

/** The export without what differs between two exports of the same. */
const comparable = (archive: Record<string, unknown>) => {
  const { exportedAt: _at, ...rest } = archive;
  return rest;
};

describe.each(databases.eachSupportedId())(
  'outcomes in export and import on %s',
  databaseId => {
    it('round-trips KPIs, readings and the closure', async () => {
      const testApp = await createTestApp({ databases, databaseId });
      const { app } = testApp;
      const { id } = await givenProgramme({
        testApp,
        roles: { [LEAD]: 'lead', [SPONSOR]: 'sponsor' },
      });
      const post = async (url: string, who: string, body: object) => {
        const res = await request(app)
          .post(url)
          .set('Authorization', as(who))
          .send(body);
        expect(res.status).toBeLessThan(300);
        return res.body;
      };
      await post(`/programmes/${id}/scope/versions`, LEAD, scope);
      await post(`/programmes/${id}/kpis/failed-changes/readings`, LEAD, {
        on: '2026-10-31',
        value: 11,
      });
      await post(`/programmes/${id}/kpis/failed-changes/readings`, SPONSOR, {
        on: '2026-11-30',
        value: 9,
      });
      await post(`/programmes/${id}/close`, SPONSOR, {
        verdict: 'partly-successful',
        outcome: 'Failed changes fell by a quarter',
        lessons: 'Start measuring before the first review',
      });

      const first = await request(app)
        .get(`/programmes/${id}/export`)
        .set('Authorization', as(LEAD));
      expect(first.body.scopeVersions[0].scope.kpis).toEqual([
        { id: 'failed-changes', ...scope.kpis[0] },
      ]);
      expect(first.body.outcomes).toEqual({
        readings: [
          expect.objectContaining({ kpiId: 'failed-changes', value: 11 }),
          expect.objectContaining({
            kpiId: 'failed-changes',
            value: 9,
            recordedBy: SPONSOR,
          }),
        ],
        closure: expect.objectContaining({
          verdict: 'partly-successful',
          closedBy: SPONSOR,
        }),
      });

      const imported = await request(app)
        .post('/import')
        .set('Authorization', as(LEAD))
        .send(first.body);
      expect(imported.status).toBe(201);
      expect(imported.body.closure).toEqual(first.body.outcomes.closure);

      const kpis = await request(app)
        .get(`/programmes/${imported.body.id}/kpis`)
        .set('Authorization', as(LEAD));
      expect(kpis.body.items[0]).toMatchObject({
        id: 'failed-changes',
        progress: 0.5,
      });

      const second = await request(app)
        .get(`/programmes/${imported.body.id}/export`)
        .set('Authorization', as(LEAD));
      expect(comparable(second.body)).toEqual(comparable(first.body));
    });

    it('imports an export from before outcomes as it is', async () => {
      const testApp = await createTestApp({ databases, databaseId });
      const { app } = testApp;
      const { id } = await givenProgramme({
        testApp,
        roles: { [LEAD]: 'lead' },
      });
      const exported = await request(app)
        .get(`/programmes/${id}/export`)
        .set('Authorization', as(LEAD));
      const { outcomes: _outcomes, ...older } = exported.body;
      const imported = await request(app)
        .post('/import')
        .set('Authorization', as(LEAD))
        .send(older);
      expect(imported.status).toBe(201);
      expect(imported.body.closure).toBeUndefined();
    });
  },
);
