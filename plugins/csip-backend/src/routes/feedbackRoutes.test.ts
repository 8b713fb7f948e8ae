import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { policyDenying, portalPolicy } from '../__testUtils__/portalPolicy';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const PEOPLE = {
  coach: 'user:default/alex.coach',
  lead: 'user:default/priya.lead',
  member: 'user:default/omar.ops',
  sponsor: 'user:default/dana.sponsor',
  partner1: 'user:default/pat.partner',
  partner2: 'user:default/quinn.partner',
  partner3: 'user:default/robin.partner',
  customer: 'user:default/sam.customer',
};
type Who = keyof typeof PEOPLE;
const as = (who: Who) => mockCredentials.user.header(PEOPLE[who]);

/** An ISO date `days` from today (negative: in the past). */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const round = {
  title: 'Spring partnership round',
  closesOn: inDays(14),
  organisations: ['Client IT', 'Acme Outsourcing'],
};
const answer = (organisation: string, severity = 2, anonymous?: boolean) => ({
  organisation,
  ...(anonymous !== undefined && { anonymous }),
  barriers: [
    { barrier: 'mistrust', severity, comment: 'They check everything twice' },
    { barrier: 'silo-mentality', severity: 1 },
  ],
});

describe.each(databases.eachSupportedId())(
  'feedback routes on %s',
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
          [PEOPLE.sponsor]: 'sponsor',
        },
      });
      const open = (who: Who, body: object = round) =>
        request(ctx.app)
          .post(`/programmes/${id}/feedback-rounds`)
          .set('Authorization', as(who))
          .send(body);
      const respond = (roundId: string, who: Who, body: object) =>
        request(ctx.app)
          .post(`/feedback-rounds/${roundId}/responses`)
          .set('Authorization', as(who))
          .send(body);
      const summary = (roundId: string, who: Who = 'sponsor') =>
        request(ctx.app)
          .get(`/feedback-rounds/${roundId}/summary`)
          .set('Authorization', as(who));
      const count = async (table: string) =>
        Number((await ctx.knex(table).count({ n: '*' }))[0].n);
      return { ...ctx, id, open, respond, summary, count };
    }

    it('lets coaches and leads open rounds, refuses others and bad input, writing nothing', async () => {
      const { app, id, open, count, auditor } = await setup();
      const opened = await open('coach');
      expect(opened.status).toBe(201);
      expect(opened.body).toEqual({
        ...round,
        id: expect.any(String),
        programmeId: id,
        createdBy: PEOPLE.coach,
        createdAt: expect.any(String),
        responses: 0,
        closed: false,
        answeredByMe: false,
      });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'feedback-round-open',
          meta: { programmeId: id },
        }),
      );
      expect((await open('lead')).status).toBe(201);
      const denied = await open('member');
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toMatch(/coaches and leads/);

      const cases: Array<[object, string[]]> = [
        [{ ...round, title: ' ' }, ['title']],
        [{ ...round, closesOn: '2026-02-30' }, ['closesOn']],
        [{ ...round, closesOn: inDays(-1) }, ['closesOn', 'today or later']],
        [{ ...round, organisations: [] }, ['organisations']],
        [{ ...round, organisations: ['A', 'a'] }, ['organisations.1']],
        [{ ...round, organisations: ['Other'] }, ['organisations.0']],
        [
          {
            ...round,
            organisations: Array.from({ length: 11 }, (_, i) => `O${i}`),
          },
          ['organisations'],
        ],
      ];
      for (const [body, words] of cases) {
        const res = await open('coach', body);
        expect(res.status).toBe(400);
        for (const word of words) {
          expect(res.body.error.message).toContain(word);
        }
      }
      expect(await count('csip_feedback_rounds')).toBe(2);
      const list = await request(app)
        .get(`/programmes/${id}/feedback-rounds`)
        .set('Authorization', as('customer'));
      expect(list.status).toBe(200);
      expect(list.body.items).toHaveLength(2);
    });

    it('takes one answer per person from anyone who may read, until the closing day', async () => {
      const { app, knex, open, respond, count, id } = await setup();
      const { body: opened } = await open('coach');

      // A partner who is not a member answers; the organisation is stored
      // as the round spells it.
      const first = await respond(
        opened.id,
        'partner1',
        answer('acme outsourcing'),
      );
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        ...answer('Acme Outsourcing'),
        roundId: opened.id,
        anonymous: false,
        respondedBy: PEOPLE.partner1,
      });
      const again = await respond(opened.id, 'partner1', answer('Client IT'));
      expect(again.status).toBe(409);
      expect(again.body.error.message).toMatch(/already answered/);

      const cases: Array<[object, string[]]> = [
        [answer('Nobody Inc'), ['organisation', 'Client IT']],
        [{ ...answer('Client IT'), barriers: [] }, ['barriers']],
        [
          {
            ...answer('Client IT'),
            barriers: [{ barrier: 'mistrust', severity: 4 }],
          },
          ['barriers.0.severity'],
        ],
        [
          {
            ...answer('Client IT'),
            barriers: [{ barrier: 'gossip', severity: 1 }],
          },
          ['barriers.0.barrier'],
        ],
        [
          {
            ...answer('Client IT'),
            barriers: [
              { barrier: 'mistrust', severity: 1 },
              { barrier: 'mistrust', severity: 2 },
            ],
          },
          ['barriers.1.barrier', 'rated twice'],
        ],
        [{ ...answer('Client IT'), anonymous: 'yes' }, ['anonymous']],
      ];
      for (const [body, words] of cases) {
        const res = await respond(opened.id, 'partner2', body);
        expect(res.status).toBe(400);
        for (const word of words) {
          expect(res.body.error.message).toContain(word);
        }
      }
      expect(await count('csip_feedback_responses')).toBe(1);
      expect(await count('csip_feedback_participants')).toBe(1);

      const list = await request(app)
        .get(`/programmes/${id}/feedback-rounds`)
        .set('Authorization', as('partner1'));
      expect(list.body.items[0]).toMatchObject({
        responses: 1,
        answeredByMe: true,
      });

      await knex('csip_feedback_rounds')
        .where({ id: opened.id })
        .update({ closes_on: inDays(-1) });
      const late = await respond(opened.id, 'partner2', answer('Client IT'));
      expect(late.status).toBe(409);
      expect(late.body.error.message).toMatch(/closed/);
      expect(await count('csip_feedback_responses')).toBe(1);

      const missing = await respond(
        '00000000-0000-0000-0000-000000000000',
        'partner2',
        answer('Client IT'),
      );
      expect(missing.status).toBe(404);
    });

    it('never tells who gave an anonymous answer', async () => {
      const { app, id, open, respond, summary, auditor } = await setup();
      const { body: opened } = await open('coach');
      const responses = [];
      for (const [who, severity] of [
        ['partner1', 3],
        ['partner2', 2],
        ['partner3', 1],
      ] as const) {
        responses.push(
          await respond(
            opened.id,
            who,
            answer('Acme Outsourcing', severity, true),
          ),
        );
      }
      expect(responses.map(r => r.status)).toEqual([201, 201, 201]);
      expect(responses[0].body).toEqual({
        ...answer('Acme Outsourcing', 3, true),
        roundId: opened.id,
      });
      const bodies = [
        ...responses.map(r => r.body),
        (await summary(opened.id)).body,
        (
          await request(app)
            .get(`/programmes/${id}/feedback-rounds`)
            .set('Authorization', as('coach'))
        ).body,
        (
          await request(app)
            .get(`/programmes/${id}/export`)
            .set('Authorization', as('coach'))
        ).body,
      ];
      const anonymous = [PEOPLE.partner1, PEOPLE.partner2, PEOPLE.partner3];
      for (const body of bodies) {
        for (const ref of anonymous) {
          expect(JSON.stringify(body)).not.toContain(ref);
        }
      }
      const events = auditor.createEvent.mock.calls
        .map(([event]) => event)
        .filter(event => event.eventId === 'feedback-response');
      expect(events).toHaveLength(3);
      for (const event of events) {
        expect(event.meta).toEqual({ roundId: opened.id });
      }
    });

    it('withholds the summary under 3 answers and folds small organisations into "other"', async () => {
      const { open, respond, summary } = await setup();
      const { body: opened } = await open('coach');
      await respond(opened.id, 'partner1', answer('Acme Outsourcing', 3));
      await respond(opened.id, 'member', answer('Client IT', 1, true));
      const early = await summary(opened.id, 'customer');
      expect(early.status).toBe(200);
      expect(early.body).toEqual({
        roundId: opened.id,
        responses: 2,
        minimumGroup: 3,
        withheld: true,
        barriers: [],
        organisations: [],
      });

      await respond(opened.id, 'partner2', answer('Acme Outsourcing', 2));
      await respond(opened.id, 'partner3', answer('Acme Outsourcing', 1));
      await respond(opened.id, 'customer', answer('Client IT', 0));
      await respond(opened.id, 'sponsor', answer('Client IT', 2));
      const full = await summary(opened.id);
      expect(full.body.withheld).toBe(false);
      expect(full.body.organisations).toEqual([
        { organisation: 'Client IT', responses: 3, meanSeverity: 1 },
        { organisation: 'Acme Outsourcing', responses: 3, meanSeverity: 1.5 },
      ]);
      const mistrust = full.body.barriers.find(
        (b: { barrier: string }) => b.barrier === 'mistrust',
      );
      expect(mistrust).toMatchObject({
        responses: 6,
        meanSeverity: 1.5,
        byOrganisation: [
          { organisation: 'Client IT', responses: 3, meanSeverity: 1 },
          { organisation: 'Acme Outsourcing', responses: 3, meanSeverity: 2 },
        ],
      });

      // A third organisation's single answer would make an "other" of one.
      const { body: wide } = await open('coach', {
        ...round,
        organisations: ['Client IT', 'Acme Outsourcing', 'Customers'],
      });
      await respond(wide.id, 'partner1', answer('Acme Outsourcing'));
      await respond(wide.id, 'partner2', answer('Acme Outsourcing'));
      await respond(wide.id, 'partner3', answer('Acme Outsourcing'));
      await respond(wide.id, 'customer', answer('Customers'));
      const folded = await summary(wide.id);
      expect(folded.body.organisations).toEqual([
        { organisation: 'other', responses: 4, meanSeverity: 1.5 },
      ]);
    });

    it('leaves the portal’s policy the last word', async () => {
      const coachingDenied = await setup({
        permissions: policyDenying('csip.coaching.write'),
      });
      const refused = await coachingDenied.open('coach');
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('csip.coaching.write');
      expect(await coachingDenied.count('csip_feedback_rounds')).toBe(0);

      // Someone the policy does not let read the programme may not answer
      // its rounds nor see their summaries.
      const ctx = await setup({
        permissions: portalPolicy(
          (name, credentials) =>
            !(
              name === 'csip.programme.read' &&
              (credentials.principal as { userEntityRef?: string })
                .userEntityRef === PEOPLE.customer
            ),
        ),
      });
      const { body: opened } = await ctx.open('coach');
      const res = await ctx.respond(opened.id, 'customer', answer('Client IT'));
      expect(res.status).toBe(403);
      expect((await ctx.summary(opened.id, 'customer')).status).toBe(403);
      expect(await ctx.count('csip_feedback_responses')).toBe(0);
      expect(
        (await ctx.respond(opened.id, 'partner1', answer('Client IT'))).status,
      ).toBe(201);
    });

    it('turns a barrier into an owned action that says where it came from', async () => {
      const { app, id, open, count } = await setup();
      const { body: opened } = await open('coach');
      const action = {
        barrier: 'mistrust',
        description: 'Run a joint incident review with Acme each month',
        owner: PEOPLE.member,
        measure: 'Both parties attend and agree the actions',
        dueDate: inDays(30),
      };
      const make = (who: Who, body: object = action) =>
        request(app)
          .post(`/feedback-rounds/${opened.id}/actions`)
          .set('Authorization', as(who))
          .send(body);
      const made = await make('lead');
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({
        description: action.description,
        owner: PEOPLE.member,
        status: 'open',
        source: {
          type: 'feedback',
          feedbackRoundId: opened.id,
          barrier: 'mistrust',
        },
      });
      expect((await make('member')).status).toBe(403);
      const bad = await make('coach', { ...action, barrier: 'gossip' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('barrier');
      expect(await count('csip_actions')).toBe(1);

      const actions = await request(app)
        .get(`/programmes/${id}/actions`)
        .set('Authorization', as('member'));
      expect(actions.body.items).toEqual([made.body]);
    });
  },
);
