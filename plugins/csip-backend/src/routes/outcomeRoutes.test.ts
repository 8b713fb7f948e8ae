import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const PEOPLE = {
  coach: 'user:default/alex.coach',
  lead: 'user:default/priya.lead',
  member: 'user:default/omar.ops',
  sponsor: 'user:default/dana.sponsor',
  outsider: 'user:default/zoe.elsewhere',
};
type Who = keyof typeof PEOPLE;
const as = (who: Who) => mockCredentials.user.header(PEOPLE[who]);

const OBJECTIVE = 'Halve failed changes';
const scope = {
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
  ],
  objectives: [OBJECTIVE, 'Faster restores'],
  kpis: [
    {
      objective: OBJECTIVE,
      name: 'Failed changes',
      unit: '%',
      baseline: 12,
      target: 6,
      direction: 'down',
    },
    {
      objective: 'Faster restores',
      name: 'Restores within target',
      unit: '%',
      baseline: 60,
      target: 90,
      direction: 'up',
    },
  ],
};

const closure = {
  verdict: 'successful',
  outcome: 'Failed changes halved within the year',
  lessons: 'Coaching in the CAB worked better than workshops',
};

describe.each(databases.eachSupportedId())(
  'outcome routes on %s',
  databaseId => {
    async function setup() {
      const ctx = await createTestApp({ databases, databaseId });
      const { id } = await givenProgramme({
        testApp: ctx,
        roles: {
          [PEOPLE.lead]: 'lead',
          [PEOPLE.coach]: 'coach',
          [PEOPLE.member]: 'member',
          [PEOPLE.sponsor]: 'sponsor',
        },
      });
      const publish = (body: object = scope) =>
        request(ctx.app)
          .post(`/programmes/${id}/scope/versions`)
          .set('Authorization', as('lead'))
          .send(body);
      const read = (who: Who = 'outsider') =>
        request(ctx.app)
          .get(`/programmes/${id}/kpis`)
          .set('Authorization', as(who));
      const record = (
        who: Who,
        body: object,
        kpiId: string = 'failed-changes',
      ) =>
        request(ctx.app)
          .post(`/programmes/${id}/kpis/${kpiId}/readings`)
          .set('Authorization', as(who))
          .send(body);
      const close = (who: Who, body: object = closure) =>
        request(ctx.app)
          .post(`/programmes/${id}/close`)
          .set('Authorization', as(who))
          .send(body);
      const readings = async () =>
        Number((await ctx.knex('csip_kpi_readings').count({ n: '*' }))[0].n);
      return { ...ctx, id, publish, read, record, close, readings };
    }

    it('lists the current scope’s KPIs with readings and progress', async () => {
      const { publish, read, record, auditor } = await setup();
      expect((await read()).body).toEqual({ items: [] });
      expect((await publish()).status).toBe(201);

      const first = await read();
      expect(first.status).toBe(200);
      expect(first.body.items).toEqual([
        {
          id: 'failed-changes',
          ...scope.kpis[0],
          readings: [],
        },
        {
          id: 'restores-within-target',
          ...scope.kpis[1],
          readings: [],
        },
      ]);

      const res = await record('sponsor', {
        on: '2026-11-30',
        value: 9,
        recordedBy: PEOPLE.outsider,
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        kpiId: 'failed-changes',
        on: '2026-11-30',
        value: 9,
        recordedBy: PEOPLE.sponsor,
        recordedAt: expect.any(String),
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'kpi-reading-record',
          meta: { programmeId: expect.any(String), kpiId: 'failed-changes' },
        }),
      );
      await record('coach', { on: '2026-10-31', value: 11 });
      await record(
        'lead',
        { on: '2026-12-01', value: 97 },
        'restores-within-target',
      );

      const [failed, restores] = (await read()).body.items;
      expect(failed.readings.map((r: { value: number }) => r.value)).toEqual([
        11, 9,
      ]);
      // 12 → 9 of 12 → 6: half way.
      expect(failed.progress).toBe(0.5);
      // 97 overshoots 90: clamped.
      expect(restores.progress).toBe(1);
    });

    it('keeps readings across scope versions by KPI id, and drops KPIs the scope no longer has', async () => {
      const { publish, read, record } = await setup();
      await publish();
      await record('lead', { on: '2026-11-30', value: 9 });
      const [failed] = (await read()).body.items;
      const next = await publish({
        ...scope,
        kpis: [{ ...failed, readings: undefined, name: 'Failed change rate' }],
      });
      expect(next.status).toBe(201);
      const items = (await read()).body.items;
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        id: 'failed-changes',
        name: 'Failed change rate',
        progress: 0.5,
      });
      expect(
        (
          await record(
            'lead',
            { on: '2026-12-01', value: 80 },
            'restores-within-target',
          )
        ).status,
      ).toBe(404);
    });

    it('refuses bad readings with a 400 naming the fields, and writes nothing', async () => {
      const { publish, record, readings } = await setup();
      await publish();
      const cases: Array<[object, string]> = [
        [{ on: '2026-02-30', value: 1 }, 'on'],
        [{ on: '2026-12-01', value: '7' }, 'value'],
        [{ on: '2026-12-01', value: 1e13 }, 'value'],
        [{ on: '2026-12-01' }, 'value'],
      ];
      for (const [body, field] of cases) {
        const res = await record('lead', body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain(field);
      }
      const badId = await record(
        'lead',
        { on: '2026-12-01', value: 1 },
        'Bad_Id',
      );
      expect(badId.status).toBe(400);
      expect(badId.body.error.message).toContain('kpiId');
      expect(await readings()).toBe(0);
    });

    it('refuses a KPI the current scope does not have with 404', async () => {
      const { publish, record, readings } = await setup();
      const before = await record('lead', { on: '2026-12-01', value: 1 });
      expect(before.status).toBe(404);
      await publish();
      const res = await record(
        'lead',
        { on: '2026-12-01', value: 1 },
        'unknown',
      );
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('unknown');
      expect(await readings()).toBe(0);
    });

    it('refuses a KPI on an objective the version does not have with a 400', async () => {
      const { publish } = await setup();
      const res = await publish({
        ...scope,
        kpis: [{ ...scope.kpis[0], objective: 'Something else' }],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('kpis.0.objective');
    });

    it.each([
      ['sponsor', 201],
      ['lead', 201],
      ['coach', 201],
      ['member', 403],
      ['outsider', 403],
    ] as const)('a reading by the %s: %i', async (who, status) => {
      const { publish, record, readings } = await setup();
      await publish();
      const res = await record(who, { on: '2026-12-01', value: 8 });
      expect(res.status).toBe(status);
      expect(await readings()).toBe(status === 201 ? 1 : 0);
    });

    it.each([
      ['sponsor', 200],
      ['lead', 200],
      ['coach', 403],
      ['member', 403],
      ['outsider', 403],
    ] as const)('closing by the %s: %i', async (who, status) => {
      const { close, id, app } = await setup();
      const res = await close(who);
      expect(res.status).toBe(status);
      const programme = await request(app)
        .get(`/programmes/${id}`)
        .set('Authorization', as('outsider'));
      expect(programme.body.closure?.verdict).toBe(
        status === 200 ? 'successful' : undefined,
      );
    });

    it('closes once with a verdict that the programme and the portfolio show; a second close is a 409', async () => {
      const { close, id, app, auditor } = await setup();
      const before = new Date().toISOString();
      const res = await close('sponsor');
      expect(res.status).toBe(200);
      expect(res.body.closure).toEqual({
        ...closure,
        closedBy: PEOPLE.sponsor,
        closedAt: expect.any(String),
      });
      expect(res.body.closure.closedAt >= before).toBe(true);
      expect(res.body.version).toBe(1);
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'programme-close',
          meta: { programmeId: id, verdict: 'successful' },
        }),
      );

      const list = await request(app)
        .get('/programmes')
        .set('Authorization', as('outsider'));
      expect(list.body.items[0].verdict).toBe('successful');

      const again = await close('lead', { ...closure, verdict: 'withdrawn' });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toContain('already closed');
      const programme = await request(app)
        .get(`/programmes/${id}`)
        .set('Authorization', as('lead'));
      expect(programme.body.closure.verdict).toBe('successful');
    });

    it('refuses a bad closure with a 400 naming the fields, and closes nothing', async () => {
      const { close, id, app } = await setup();
      const res = await close('lead', {
        verdict: 'great',
        outcome: '',
        lessons: 'x'.repeat(4001),
      });
      expect(res.status).toBe(400);
      for (const field of ['verdict', 'outcome', 'lessons']) {
        expect(res.body.error.message).toContain(field);
      }
      const programme = await request(app)
        .get(`/programmes/${id}`)
        .set('Authorization', as('lead'));
      expect(programme.body.closure).toBeUndefined();
      expect(programme.body.version).toBe(1);
    });
  },
);
