import { mockCredentials } from '@backstage/backend-test-utils';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PROGRAMME_ACTION_RULES } from '@csip-coach/plugin-csip-common';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { policyDenying } from '../__testUtils__/portalPolicy';
import { testCatalog } from '../__testUtils__/testCatalog';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const PEOPLE = {
  coach: 'user:default/alex.coach',
  lead: 'user:default/priya.lead',
  member: 'user:default/omar.ops',
  sponsor: 'user:default/dana.sponsor',
  outsider: 'user:default/zoe.elsewhere',
};
const as = (who: keyof typeof PEOPLE) =>
  mockCredentials.user.header(PEOPLE[who]);

const MISSING = '00000000-0000-0000-0000-000000000000';

/** An ISO date `days` from today (negative: in the past). */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const moment = {
  process: 'change',
  kind: 'in-the-work',
  context: { kind: 'cab-meeting', ref: 'CAB-2026-47', title: 'Weekly CAB' },
  observation: 'The CAB read every standard change in full.',
  question: 'What would tell you a change is ready for CAB?',
  answer: 'A tested back-out plan and a named implementer.',
  commitment: {
    text: 'Triage standard changes before the CAB meets',
    owner: PEOPLE.member,
    followUpOn: inDays(-1),
  },
};

/** A catalog that answers like the test catalog until it is taken `down`. */
function flakyCatalog() {
  const real = testCatalog();
  const state = { down: false };
  const catalog: CatalogService = catalogServiceMock.mock({
    getEntitiesByRefs: jest.fn(async (...args) => {
      if (state.down) throw new Error('fetch failed');
      return real.getEntitiesByRefs(
        ...(args as Parameters<CatalogService['getEntitiesByRefs']>),
      );
    }),
  });
  return { catalog, state };
}

describe.each(databases.eachSupportedId())(
  'moment routes on %s',
  databaseId => {
    async function setup(
      options: Partial<Parameters<typeof createTestApp>[0]> = {},
    ) {
      const ctx = await createTestApp({ databases, databaseId, ...options });
      const programme = await givenProgramme({
        testApp: ctx,
        title: 'Release CSIP',
        roles: {
          [PEOPLE.lead]: 'lead',
          [PEOPLE.coach]: 'coach',
          [PEOPLE.member]: 'member',
          [PEOPLE.sponsor]: 'sponsor',
        },
      });
      const id = programme.id;
      const record = (who: keyof typeof PEOPLE, body: object = moment) =>
        request(ctx.app)
          .post(`/programmes/${id}/moments`)
          .set('Authorization', as(who))
          .send(body);
      const outcome = (
        followUpId: string,
        who: keyof typeof PEOPLE,
        body = {},
      ) =>
        request(ctx.app)
          .post(`/follow-ups/${followUpId}/outcome`)
          .set('Authorization', as(who))
          .send({ outcome: 'kept', ...body });
      const counts = async () => ({
        moments: Number(
          (await ctx.knex('csip_moments').count({ n: '*' }))[0].n,
        ),
        followUps: Number(
          (await ctx.knex('csip_follow_ups').count({ n: '*' }))[0].n,
        ),
      });
      return { ...ctx, id, record, outcome, counts };
    }

    it('records a moment as the caller, now, with its follow-up, and lists both', async () => {
      const { app, id, record, auditor } = await setup();
      const before = new Date().toISOString();
      const res = await record('coach', {
        ...moment,
        recordedBy: PEOPLE.outsider,
        at: '1999-01-01T00:00:00.000Z',
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        ...moment,
        id: expect.any(String),
        programmeId: id,
        recordedBy: PEOPLE.coach,
        at: expect.any(String),
        followUpId: expect.any(String),
      });
      expect(res.body.at >= before).toBe(true);
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'moment-record',
          meta: { programmeId: id },
        }),
      );

      const moments = await request(app)
        .get(`/programmes/${id}/moments`)
        .set('Authorization', as('outsider'));
      expect(moments.status).toBe(200);
      expect(moments.body).toEqual({ items: [res.body] });

      const followUps = await request(app)
        .get(`/programmes/${id}/follow-ups`)
        .set('Authorization', as('sponsor'));
      expect(followUps.body).toEqual({
        items: [
          {
            id: res.body.followUpId,
            programmeId: id,
            momentId: res.body.id,
            process: 'change',
            ...moment.commitment,
            recordedBy: PEOPLE.coach,
            createdAt: res.body.at,
            due: true,
          },
        ],
      });
    });

    it('refuses bad input with a 400 naming the fields, and writes nothing', async () => {
      const { record, counts, auditor, auditorEvent } = await setup();
      const { commitment } = moment;
      const cases: Array<[object, string[]]> = [
        [{ ...moment, observation: 'Read\u0000all' }, ['observation']],
        [{ ...moment, observation: undefined }, ['observation']],
        [{ ...moment, process: 'astrology' }, ['process', 'astrology']],
        [
          {
            ...moment,
            commitment: { ...commitment, followUpOn: '2026-13-40' },
          },
          ['commitment.followUpOn'],
        ],
        [
          { ...moment, kind: 'hallway', context: { kind: 'meeting' } },
          ['kind', 'context.kind'],
        ],
        [
          { ...moment, commitment: { ...commitment, owner: 'omar' } },
          ['commitment.owner'],
        ],
        [
          {
            ...moment,
            commitment: { ...commitment, owner: 'user:default/nobody' },
          },
          ['commitment.owner', 'not in the catalog'],
        ],
      ];
      auditorEvent.success.mockClear();
      for (const [body, words] of cases) {
        auditor.createEvent.mockClear();
        const res = await record('coach', body);
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        for (const word of words) {
          expect(res.body.error.message).toContain(word);
        }
        // The audit event carries the path's id only, never the body.
        expect(auditor.createEvent.mock.calls[0][0].meta).toEqual({
          programmeId: expect.any(String),
        });
      }
      expect(auditorEvent.fail).toHaveBeenCalled();
      expect(auditorEvent.success).not.toHaveBeenCalled();
      expect(await counts()).toEqual({ moments: 0, followUps: 0 });
    });

    it('lets coaches and leads record moments, and nobody else', async () => {
      const { record, counts } = await setup();
      const { roleReason } = PROGRAMME_ACTION_RULES.recordMoment;
      for (const who of ['member', 'sponsor', 'outsider'] as const) {
        const res = await record(who);
        expect(res.status).toBe(403);
        expect(res.body.error).toEqual({
          name: 'NotAllowedError',
          message: roleReason,
        });
      }
      expect(await counts()).toEqual({ moments: 0, followUps: 0 });
      expect((await record('coach')).status).toBe(201);
      const { commitment: _, ...noCommitment } = moment;
      expect((await record('lead', noCommitment)).status).toBe(201);
      expect(await counts()).toEqual({ moments: 2, followUps: 1 });
    });

    it('lets the portal policy stop coaching writes (csip.coaching.write)', async () => {
      const { record, counts } = await setup({
        permissions: policyDenying('csip.coaching.write'),
      });
      const res = await record('coach');
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('csip.coaching.write');
      expect(await counts()).toEqual({ moments: 0, followUps: 0 });
    });

    it('answers 404 for an unknown programme, 403 when the policy denies reading, 401 without credentials', async () => {
      const { app, id } = await setup({
        permissions: policyDenying('csip.programme.read'),
      });
      for (const path of ['moments', 'follow-ups']) {
        const unknown = await request(app)
          .get(`/programmes/${MISSING}/${path}`)
          .set('Authorization', as('coach'));
        expect(unknown.status).toBe(404);
        const denied = await request(app)
          .get(`/programmes/${id}/${path}`)
          .set('Authorization', as('coach'));
        expect(denied.status).toBe(403);
        const anonymous = await request(app)
          .get(`/programmes/${id}/${path}`)
          .set('Authorization', mockCredentials.none.header());
        expect(anonymous.status).toBe(401);
      }
      const post = await request(app)
        .post(`/programmes/${MISSING}/moments`)
        .set('Authorization', as('coach'))
        .send(moment);
      expect(post.status).toBe(404);
    });

    it('checks the commitment owner against the catalog: 503 when it cannot answer, nothing when off', async () => {
      const { catalog, state } = flakyCatalog();
      const { record, counts } = await setup({ catalog });
      state.down = true;
      const res = await record('coach');
      expect(res.status).toBe(503);
      expect(res.body.error.message).toContain('commitment.owner');
      expect(await counts()).toEqual({ moments: 0, followUps: 0 });

      const off = await setup({ catalogRefCheck: 'off' });
      const unknownOwner = await off.record('coach', {
        ...moment,
        commitment: { ...moment.commitment, owner: 'user:default/nobody' },
      });
      expect(unknownOwner.status).toBe(201);
    });

    it('records an outcome once, as the caller: members only, 409 for a second, 404 for an unknown id', async () => {
      const { app, id, record, outcome, auditor } = await setup();
      const { followUpId } = (await record('coach')).body;

      const bad = await outcome(followUpId, 'member', { outcome: 'done' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('outcome');
      const outsider = await outcome(followUpId, 'outsider');
      expect(outsider.status).toBe(403);
      expect(outsider.body.error.message).toBe(
        PROGRAMME_ACTION_RULES.recordFollowUpOutcome.roleReason,
      );
      expect((await outcome(MISSING, 'member')).status).toBe(404);

      auditor.createEvent.mockClear();
      const kept = await outcome(followUpId, 'member', {
        outcome: 'partly',
        note: 'Standard changes yes, normal ones not yet',
        outcomeBy: PEOPLE.outsider,
      });
      expect(kept.status).toBe(200);
      expect(kept.body).toMatchObject({
        id: followUpId,
        programmeId: id,
        outcome: 'partly',
        note: 'Standard changes yes, normal ones not yet',
        outcomeBy: PEOPLE.member,
        outcomeAt: expect.any(String),
        due: false,
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'follow-up-outcome',
          meta: { followUpId, outcome: 'partly' },
        }),
      );

      const again = await outcome(followUpId, 'coach', { outcome: 'kept' });
      expect(again.status).toBe(409);
      expect(again.body.error.name).toBe('ConflictError');
      expect(again.body.error.message).toContain('already recorded');
      const list = await request(app)
        .get(`/programmes/${id}/follow-ups`)
        .set('Authorization', as('member'));
      expect(list.body.items[0]).toEqual(kept.body);
    });

    it('takes exactly one of two outcomes recorded at once', async () => {
      const { record, outcome } = await setup();
      const { followUpId } = (await record('coach')).body;
      const answers = await Promise.all([
        outcome(followUpId, 'member', { outcome: 'kept' }),
        outcome(followUpId, 'lead', { outcome: 'not-yet' }),
      ]);
      expect(answers.map(a => a.status).sort()).toEqual([200, 409]);
    });
  },
);
