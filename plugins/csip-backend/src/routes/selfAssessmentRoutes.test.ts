import { mockCredentials } from '@backstage/backend-test-utils';
import { PROGRAMME_ACTION_RULES } from '@csip-coach/plugin-csip-common';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { policyDenying } from '../__testUtils__/portalPolicy';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const PEOPLE = {
  coach: 'user:default/alex.coach',
  lead: 'user:default/priya.lead',
  member: 'user:default/omar.ops',
  member2: 'user:default/ines.desk',
  sponsor: 'user:default/dana.sponsor',
  outsider: 'user:default/zoe.elsewhere',
};
type Who = keyof typeof PEOPLE;
const as = (who: Who) => mockCredentials.user.header(PEOPLE[who]);

const MISSING = '00000000-0000-0000-0000-000000000000';

/** An answer rating change-1-1 and change-1-2. */
const answer = (first = 'L', second = 'P', anonymous?: boolean) => ({
  process: 'change',
  ratings: [
    { criterionId: 'change-1-1', rating: first },
    { criterionId: 'change-1-2', rating: second },
  ],
  ...(anonymous !== undefined && { anonymous }),
});

describe.each(databases.eachSupportedId())(
  'self-assessment routes on %s',
  databaseId => {
    async function setup(
      options: Partial<Parameters<typeof createTestApp>[0]> = {},
    ) {
      const ctx = await createTestApp({ databases, databaseId, ...options });
      const { id } = await givenProgramme({
        testApp: ctx,
        roles: {
          [PEOPLE.lead]: 'lead',
          [PEOPLE.coach]: 'coach',
          [PEOPLE.member]: 'member',
          [PEOPLE.member2]: 'member',
          [PEOPLE.sponsor]: 'sponsor',
        },
      });
      const record = (who: Who, body: object = answer()) =>
        request(ctx.app)
          .post(`/programmes/${id}/self-assessments`)
          .set('Authorization', as(who))
          .send(body);
      const summary = (who: Who = 'coach', process = 'change') =>
        request(ctx.app)
          .get(`/programmes/${id}/self-assessments`)
          .query({ process })
          .set('Authorization', as(who));
      const count = async () =>
        Number(
          (await ctx.knex('csip_self_assessments').count({ n: '*' }))[0].n,
        );
      /** Publishes a review of Change as the coach: a new round begins. */
      const publishReview = async () => {
        const draft = await request(ctx.app)
          .post(`/programmes/${id}/reviews`)
          .set('Authorization', as('coach'))
          .send({ process: 'change', date: '2026-11-20' });
        const published = await request(ctx.app)
          .post(`/reviews/${draft.body.id}/publish`)
          .set('Authorization', as('coach'))
          .send({ version: draft.body.version });
        expect(published.status).toBe(200);
        return published.body;
      };
      return { ...ctx, id, record, summary, count, publishReview };
    }

    it('records the caller’s answer and summarises the round per criterion', async () => {
      const { id, record, summary, auditor } = await setup();
      const res = await record('member', {
        ...answer('L', 'NA'),
        respondent: PEOPLE.outsider,
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        process: 'change',
        ratings: [
          { criterionId: 'change-1-1', rating: 'L' },
          { criterionId: 'change-1-2', rating: 'NA' },
        ],
        anonymous: false,
        answeredAt: expect.any(String),
        replaced: false,
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'self-assessment-record',
          meta: { programmeId: id, process: 'change' },
        }),
      );
      expect((await record('lead', answer('F', 'P'))).status).toBe(201);
      expect((await record('sponsor', answer('P', 'P'))).status).toBe(201);

      const sum = await summary('outsider');
      expect(sum.status).toBe(200);
      expect(sum.body).toMatchObject({
        process: 'change',
        respondents: 3,
        anonymousWithheld: 0,
        disagreements: [
          { criterionId: 'change-1-1', spread: 2, lowest: 'P', highest: 'F' },
        ],
      });
      expect(sum.body.since).toBeUndefined();
      expect(sum.body.mine).toBeUndefined();
      expect(sum.body.criteria).toHaveLength(20);
      expect(sum.body.criteria.slice(0, 3)).toEqual([
        {
          criterionId: 'change-1-1',
          counts: { N: 0, P: 1, L: 1, F: 1, NA: 0 },
          median: 'L',
          spread: 2,
        },
        {
          criterionId: 'change-1-2',
          counts: { N: 0, P: 2, L: 0, F: 0, NA: 1 },
          median: 'P',
          spread: 0,
        },
        {
          criterionId: 'change-1-3',
          counts: { N: 0, P: 0, L: 0, F: 0, NA: 0 },
          median: null,
          spread: 0,
        },
      ]);
      // The caller's own answer, to themselves only.
      expect((await summary('member')).body.mine).toEqual({
        process: 'change',
        ratings: res.body.ratings,
        anonymous: false,
        answeredAt: res.body.answeredAt,
      });
    });

    it('refuses bad input with a 400 naming the fields, and writes nothing', async () => {
      const { record, summary, count, auditor, auditorEvent } = await setup();
      const cases: Array<[object, string[]]> = [
        [{ ...answer(), process: 'astrology' }, ['process', 'astrology']],
        [
          {
            process: 'change',
            ratings: [{ criterionId: 'release-1-1', rating: 'L' }],
          },
          ['ratings.0.criterionId', 'not a criterion of change'],
        ],
        [
          {
            process: 'change',
            ratings: [
              { criterionId: 'change-1-1', rating: 'L' },
              { criterionId: 'change-1-1', rating: 'F' },
            ],
          },
          ['ratings.1.criterionId', 'rated twice'],
        ],
        [{ process: 'change', ratings: [] }, ['ratings']],
        [answer('X'), ['ratings.0.rating']],
        [{ ...answer(), anonymous: 'yes' }, ['anonymous']],
        [{ ...answer(), process: 'chan\u0000ge' }, ['process']],
      ];
      for (const [body, words] of cases) {
        auditor.createEvent.mockClear();
        const res = await record('member', body);
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        for (const word of words) {
          expect(res.body.error.message).toContain(word);
        }
        // The audit event carries the path's id (and a well-formed process
        // id, once the body is valid), never the ratings.
        const { meta } = auditor.createEvent.mock.calls[0][0];
        expect(Object.keys(meta ?? {}).sort()).toEqual(
          'process' in (meta ?? {})
            ? ['process', 'programmeId']
            : ['programmeId'],
        );
      }
      expect(auditorEvent.fail).toHaveBeenCalled();
      expect(await count()).toBe(0);

      const unknown = await summary('member', 'astrology');
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain('process');
      const missing = await summary('member', '');
      expect(missing.status).toBe(400);
    });

    it('lets leads, members and sponsors self-assess; coaches and outsiders not', async () => {
      const { record, count } = await setup();
      const { roleReason } = PROGRAMME_ACTION_RULES.selfAssess;
      for (const who of ['coach', 'outsider'] as const) {
        const res = await record(who);
        expect(res.status).toBe(403);
        expect(res.body.error).toEqual({
          name: 'NotAllowedError',
          message: roleReason,
        });
      }
      expect(await count()).toBe(0);
      for (const who of ['lead', 'member', 'sponsor'] as const) {
        expect((await record(who)).status).toBe(201);
      }
      expect(await count()).toBe(3);
    });

    it('lets the portal policy stop self-assessment (csip.coaching.write)', async () => {
      const { record, count } = await setup({
        permissions: policyDenying('csip.coaching.write'),
      });
      const res = await record('member');
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('csip.coaching.write');
      expect(await count()).toBe(0);
    });

    it('answers 404 for an unknown programme, 403 when the policy denies reading, 401 without credentials', async () => {
      const { app, id } = await setup({
        permissions: policyDenying('csip.programme.read'),
      });
      const get = (programmeId: string, auth: string) =>
        request(app)
          .get(`/programmes/${programmeId}/self-assessments?process=change`)
          .set('Authorization', auth);
      expect((await get(MISSING, as('member'))).status).toBe(404);
      expect((await get(id, as('member'))).status).toBe(403);
      expect((await get(id, mockCredentials.none.header())).status).toBe(401);
      const post = await request(app)
        .post(`/programmes/${MISSING}/self-assessments`)
        .set('Authorization', as('member'))
        .send(answer());
      expect(post.status).toBe(404);
    });

    it('withholds two anonymous answers, counts three, and never names who answered anonymously', async () => {
      const { record, summary, knex } = await setup();
      const first = await record('member', answer('N', 'N', true));
      const second = await record('member2', answer('F', 'F', true));
      const responses = [first, second];

      const withheld = await summary('coach');
      responses.push(withheld);
      expect(withheld.body).toMatchObject({
        respondents: 0,
        anonymousWithheld: 2,
        disagreements: [],
      });
      expect(withheld.body.criteria[0]).toMatchObject({
        counts: { N: 0, P: 0, L: 0, F: 0, NA: 0 },
        median: null,
      });

      const third = await record('lead', answer('L', 'L', true));
      responses.push(third);
      const counted = await summary('sponsor');
      responses.push(counted, await summary('member'));
      expect(counted.body).toMatchObject({
        respondents: 3,
        anonymousWithheld: 0,
      });
      expect(counted.body.criteria[0]).toMatchObject({
        counts: { N: 1, P: 0, L: 1, F: 1, NA: 0 },
        median: 'L',
      });

      // The database keeps who answered, so that each has one answer…
      expect(
        (await knex('csip_self_assessments').select('respondent'))
          .map(r => r.respondent)
          .sort(),
      ).toEqual([PEOPLE.lead, PEOPLE.member2, PEOPLE.member].sort());
      // …but no response names any of them.
      for (const res of responses) {
        const text = JSON.stringify(res.body);
        for (const who of ['member', 'member2', 'lead'] as const) {
          expect(text).not.toContain(PEOPLE[who]);
        }
      }
    });

    it('replaces a person’s earlier answer of the round', async () => {
      const { record, summary, count } = await setup();
      expect((await record('member', answer('N', 'N'))).body.replaced).toBe(
        false,
      );
      const again = await record('member', answer('F', 'F', true));
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ replaced: true, anonymous: true });
      expect(await count()).toBe(1);
      const sum = await summary('member');
      // Alone and anonymous now: withheld, yet the person sees their own answer.
      expect(sum.body).toMatchObject({ respondents: 0, anonymousWithheld: 1 });
      expect(sum.body.mine).toMatchObject({
        anonymous: true,
        ratings: answer('F', 'F').ratings,
      });
    });

    it('starts a new round when a review of the process is published', async () => {
      const { record, summary, count, publishReview } = await setup();
      await record('member', answer('N', 'N'));
      await record('lead', answer('P', 'P'));
      const review = await publishReview();

      const fresh = await summary('coach');
      expect(fresh.body).toMatchObject({
        since: review.publishedAt,
        respondents: 0,
        anonymousWithheld: 0,
      });
      expect((await summary('member')).body.mine).toBeUndefined();

      const again = await record('member', answer('L', 'L'));
      expect(again.body.replaced).toBe(false);
      expect(await count()).toBe(3);
      expect((await summary('coach')).body).toMatchObject({
        respondents: 1,
        criteria: expect.arrayContaining([
          expect.objectContaining({
            criterionId: 'change-1-1',
            counts: { N: 0, P: 0, L: 1, F: 0, NA: 0 },
          }),
        ]),
      });
    });
  },
);
