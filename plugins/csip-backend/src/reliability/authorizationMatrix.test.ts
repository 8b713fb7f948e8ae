/*
 * The authorization matrix of every mutating route, generated from the rule
 * table in common (PROGRAMME_ACTION_RULES): each route names the actions it
 * takes, each caller is a person holding one programme role (or a signed-in
 * non-member, or nobody), and the expected answer is what the table says —
 * the route's success status when every action's roles include the caller
 * and the portal policy allows its permission, 403 otherwise, 401 without
 * credentials, and 403 for a non-member whom a members-only read policy
 * does not let read the programme. Every case gets a programme of its own,
 * and every refusal is checked to have written nothing.
 */
import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  PROGRAMME_ACTION_RULES,
  reviewAction,
  type ProgrammeAction,
  type ProgrammeActionRule,
  type ProgrammeMember,
  type ProgrammePhase,
} from '@csip-coach/plugin-csip-common';
import express from 'express';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  authHeader,
  CALLERS,
  CallerKind,
  engineName,
  MEMBERS,
  mutatingRoutes,
  OWNER_GROUP,
  PEOPLE,
  snapshot,
  testPolicy,
  TestPolicyState,
  userInfoWithGroups,
  writeReport,
} from './__testUtils__/reliabilityHelpers';

jest.setTimeout(120_000);

const databases = createTestDatabases();

/** A programme lead who also belongs to the programme's owner group. */
const OWNER_LEAD = 'user:default/olivia.owner';
/** Someone who joins a programme in a member change. */
const NEWCOMER = 'user:default/new.person';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** What a case needs: the app, and a way to call it as someone. */
type Harness = {
  ctx: TestApp;
  call(
    method: 'post' | 'patch' | 'put' | 'get',
    url: string,
    who: CallerKind | string,
    body?: object,
  ): Promise<request.Response>;
  /** Like `call`, but the answer must be a 2xx; returns the body. */
  ok(
    method: 'post' | 'patch' | 'put' | 'get',
    url: string,
    who: CallerKind | string,
    body?: object,
  ): Promise<any>;
  freshProgramme(options?: {
    phase?: ProgrammePhase;
    members?: ProgrammeMember[];
  }): Promise<{ id: string; version: number }>;
};

/** A prepared case: the programme it is about and the request to make. */
type Prepared = {
  programmeId: string;
  send(who: CallerKind): Promise<request.Response>;
};

/** One mutating route, the actions of the rule table it takes, and its setup. */
type RouteCase = {
  route: string;
  actions: ProgrammeAction[];
  /** The status of a success. */
  status: 200 | 201;
  /** Whether it acts on an existing programme (so its read permission applies). */
  onProgramme: boolean;
  /** Permission names the portal policy denies in this case. */
  deny?: string[];
  /** Callers the product also lets act here (the approvers a scope version lists). */
  alsoAllowed?: CallerKind[];
  prepare(h: Harness): Promise<Prepared>;
};

const SCOPE = {
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
  ],
};

const REVIEW_CONTENT = {
  process: 'change',
  date: '2026-11-20',
  participants: ['Priya Nair'],
  evidence: ['interview'],
  ratings: [{ criterionId: 'change-1-1', coach: 'F' }],
  strengths: ['Every change has a record before it is made.'],
};

/** The checklist's first item, after a scope brought the checklist in. */
async function firstItem(h: Harness, programmeId: string) {
  await h.ok(
    'post',
    `/programmes/${programmeId}/scope/versions`,
    'coach',
    SCOPE,
  );
  const view = await h.ok(
    'get',
    `/programmes/${programmeId}/handover`,
    'coach',
  );
  return view.items[0] as { id: string; version: number };
}

function reviewCases(ledBy: 'coach' | 'team'): RouteCase[] {
  const action = reviewAction(ledBy);
  const draft = async (h: Harness, id: string) =>
    h.ok('post', `/programmes/${id}/reviews`, 'coach', {
      ...REVIEW_CONTENT,
      ledBy,
    });
  return [
    {
      route: `POST /programmes/:id/reviews (${ledBy}-led)`,
      actions: [action],
      status: 201,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        return {
          programmeId: id,
          send: who =>
            h.call('post', `/programmes/${id}/reviews`, who, {
              ...REVIEW_CONTENT,
              ledBy,
            }),
        };
      },
    },
    {
      route: `PATCH /reviews/:id (${ledBy}-led draft)`,
      actions: [action],
      status: 200,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        const review = await draft(h, id);
        return {
          programmeId: id,
          send: who =>
            h.call('patch', `/reviews/${review.id}`, who, {
              version: review.version,
              strengths: ['Changes are recorded before they are made.'],
            }),
        };
      },
    },
    {
      route: `POST /reviews/:id/publish (${ledBy}-led draft)`,
      actions: [action],
      status: 200,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        const review = await draft(h, id);
        return {
          programmeId: id,
          send: who =>
            h.call('post', `/reviews/${review.id}/publish`, who, {
              version: review.version,
            }),
        };
      },
    },
    {
      route: `POST /reviews/:id/amendments (${ledBy}-led review)`,
      actions: [action],
      status: 201,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        const review = await draft(h, id);
        await h.ok('post', `/reviews/${review.id}/publish`, 'coach', {
          version: review.version,
        });
        return {
          programmeId: id,
          send: who =>
            h.call('post', `/reviews/${review.id}/amendments`, who, {
              ...REVIEW_CONTENT,
              ledBy,
              ratings: [{ criterionId: 'change-1-1', coach: 'L' }],
              reason: 'The first criterion was rated too high',
            }),
        };
      },
    },
  ];
}

/** A published review with one growth suggestion, as the coach recorded it. */
async function publishedWithSuggestion(h: Harness, programmeId: string) {
  const review = await h.ok(
    'post',
    `/programmes/${programmeId}/reviews`,
    'coach',
    {
      ...REVIEW_CONTENT,
      suggestions: [
        { technique: 'Pre-CAB check', advice: 'Check readiness a day ahead.' },
      ],
    },
  );
  await h.ok('post', `/reviews/${review.id}/publish`, 'coach', {
    version: review.version,
  });
  return review as { id: string };
}

/** Outcome KPIs: a reading of a KPI of the current scope; closing. */
function outcomeCases(): RouteCase[] {
  const scope = {
    ...SCOPE,
    objectives: ['Halve failed changes'],
    kpis: [
      {
        objective: 'Halve failed changes',
        name: 'Failed changes',
        baseline: 12,
        target: 6,
        direction: 'down',
      },
    ],
  };
  return [
    {
      route: 'POST /programmes/:id/kpis/:kpiId/readings',
      actions: ['recordKpiReading'],
      status: 201,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        await h.ok('post', `/programmes/${id}/scope/versions`, 'coach', scope);
        return {
          programmeId: id,
          send: who =>
            h.call(
              'post',
              `/programmes/${id}/kpis/failed-changes/readings`,
              who,
              { on: '2026-11-30', value: 9 },
            ),
        };
      },
    },
    {
      route: 'POST /programmes/:id/close',
      actions: ['closeProgramme'],
      status: 200,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        return {
          programmeId: id,
          send: who =>
            h.call('post', `/programmes/${id}/close`, who, {
              verdict: 'successful',
              outcome: 'Failed changes halved',
              lessons: 'Coach in the CAB',
            }),
        };
      },
    },
  ];
}

/** Partnership feedback: opening a round, answering it, barrier → action. */
function feedbackCases(): RouteCase[] {
  const round = {
    title: 'Partners, winter round',
    closesOn: '2099-12-31',
    organisations: ['Acme Hosting', 'Globex Networks'],
  };
  /** A fresh programme with a round the coach opened. */
  const withRound = async (h: Harness) => {
    const { id } = await h.freshProgramme();
    const opened = await h.ok(
      'post',
      `/programmes/${id}/feedback-rounds`,
      'coach',
      round,
    );
    return { programmeId: id, roundId: opened.id as string };
  };
  return [
    {
      route: 'POST /programmes/:id/feedback-rounds',
      actions: ['openFeedbackRound'],
      status: 201,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        return {
          programmeId: id,
          send: who =>
            h.call('post', `/programmes/${id}/feedback-rounds`, who, round),
        };
      },
    },
    {
      route: 'POST /feedback-rounds/:id/responses',
      actions: ['respondToFeedback'],
      status: 201,
      onProgramme: true,
      async prepare(h) {
        const { programmeId, roundId } = await withRound(h);
        return {
          programmeId,
          send: who =>
            h.call('post', `/feedback-rounds/${roundId}/responses`, who, {
              organisation: 'Globex Networks',
              anonymous: true,
              barriers: [{ barrier: 'silo-mentality', severity: 2 }],
            }),
        };
      },
    },
    {
      route: 'POST /feedback-rounds/:id/actions',
      actions: ['actOnFeedback'],
      status: 201,
      onProgramme: true,
      async prepare(h) {
        const { programmeId, roundId } = await withRound(h);
        return {
          programmeId,
          send: who =>
            h.call('post', `/feedback-rounds/${roundId}/actions`, who, {
              barrier: 'silo-mentality',
              description: 'Hold one joint retrospective with Globex',
              owner: PEOPLE.member,
              measure: 'Minutes shared with both teams',
              dueDate: '2027-02-15',
            }),
        };
      },
    },
  ];
}

/** Coaching between reviews: moments, follow-ups, advice, comments. */
function coachingCases(): RouteCase[] {
  const moment = {
    process: 'change',
    kind: 'in-the-work',
    context: { kind: 'cab-meeting', title: 'Weekly CAB' },
    observation: 'The CAB discussed a standard change.',
    question: 'What would tell you a change is ready for CAB?',
    commitment: {
      text: 'Try a pre-CAB check',
      owner: PEOPLE.member,
      followUpOn: '2027-01-15',
    },
  };
  return [
    {
      route: 'POST /programmes/:id/moments',
      actions: ['recordMoment'],
      status: 201,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        return {
          programmeId: id,
          send: who => h.call('post', `/programmes/${id}/moments`, who, moment),
        };
      },
    },
    {
      route: 'POST /follow-ups/:id/outcome',
      actions: ['recordFollowUpOutcome'],
      status: 200,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        const recorded = await h.ok(
          'post',
          `/programmes/${id}/moments`,
          'coach',
          moment,
        );
        return {
          programmeId: id,
          send: who =>
            h.call('post', `/follow-ups/${recorded.followUpId}/outcome`, who, {
              outcome: 'kept',
              note: 'Done on three changes',
            }),
        };
      },
    },
    {
      route: 'POST /reviews/:id/suggestions/:index/response',
      actions: ['respondToAdvice'],
      status: 201,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        const review = await publishedWithSuggestion(h, id);
        return {
          programmeId: id,
          send: who =>
            h.call(
              'post',
              `/reviews/${review.id}/suggestions/0/response`,
              who,
              {
                response: 'adopt',
                reason: 'It fits how we work',
              },
            ),
        };
      },
    },
    {
      route: 'POST /reviews/:id/comments',
      actions: ['commentOnReview'],
      status: 201,
      onProgramme: true,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        const review = await publishedWithSuggestion(h, id);
        return {
          programmeId: id,
          send: who =>
            h.call('post', `/reviews/${review.id}/comments`, who, {
              text: 'The team led most of it.',
            }),
        };
      },
    },
  ];
}

const ROUTES: RouteCase[] = [
  {
    route: 'POST /programmes',
    actions: ['createProgramme'],
    status: 201,
    onProgramme: false,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      return {
        programmeId: id,
        send: who =>
          h.call('post', '/programmes', who, {
            title: 'A new CSIP',
            driver: 'strategic',
            ownerRef: OWNER_GROUP,
          }),
      };
    },
  },
  {
    route: 'PATCH /programmes/:id (field edit)',
    actions: ['updateProgramme'],
    status: 200,
    onProgramme: true,
    async prepare(h) {
      const { id, version } = await h.freshProgramme();
      return {
        programmeId: id,
        send: who =>
          h.call('patch', `/programmes/${id}`, who, {
            version,
            title: 'Change and release CSIP',
          }),
      };
    },
  },
  {
    route: 'PATCH /programmes/:id (member change)',
    actions: ['manageMembers'],
    status: 200,
    onProgramme: true,
    async prepare(h) {
      const { id, version } = await h.freshProgramme();
      return {
        programmeId: id,
        send: who =>
          h.call('patch', `/programmes/${id}`, who, {
            version,
            members: [...MEMBERS, { userRef: NEWCOMER, role: 'member' }],
          }),
      };
    },
  },
  {
    route: 'POST /programmes/:id/phase',
    actions: ['movePhase'],
    status: 200,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme({ phase: 'implement' });
      return {
        programmeId: id,
        send: who =>
          h.call('post', `/programmes/${id}/phase`, who, { to: 'review' }),
      };
    },
  },
  {
    route: 'POST /programmes/:id/approach/decisions',
    actions: ['decideApproach'],
    status: 201,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      return {
        programmeId: id,
        send: who =>
          h.call('post', `/programmes/${id}/approach/decisions`, who, {
            approach: 'diy-with-coaching',
            rationale: 'We keep the know-how in house',
          }),
      };
    },
  },
  {
    route: 'POST /programmes/:id/scope/versions',
    actions: ['publishScope'],
    status: 201,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      return {
        programmeId: id,
        send: who =>
          h.call('post', `/programmes/${id}/scope/versions`, who, SCOPE),
      };
    },
  },
  {
    route: 'POST /programmes/:id/scope/versions/:n/agreements',
    actions: ['agreeScope'],
    status: 201,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      await h.ok('post', `/programmes/${id}/scope/versions`, 'coach', SCOPE);
      return {
        programmeId: id,
        send: who =>
          h.call('post', `/programmes/${id}/scope/versions/1/agreements`, who, {
            decision: 'agree',
          }),
      };
    },
  },
  {
    route:
      'POST /programmes/:id/scope/versions/:n/agreements (version lists the member as approver)',
    actions: ['agreeScope'],
    alsoAllowed: ['member'],
    status: 201,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      await h.ok('post', `/programmes/${id}/scope/versions`, 'coach', {
        ...SCOPE,
        approvers: [PEOPLE.member],
      });
      return {
        programmeId: id,
        send: who =>
          h.call('post', `/programmes/${id}/scope/versions/1/agreements`, who, {
            decision: 'decline',
            comment: 'Add the release process first',
          }),
      };
    },
  },
  ...reviewCases('coach'),
  ...reviewCases('team'),
  {
    route: 'POST /programmes/:id/actions',
    actions: ['manageActions'],
    status: 201,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      return {
        programmeId: id,
        send: who =>
          h.call('post', `/programmes/${id}/actions`, who, {
            description: 'Publish the change schedule',
            owner: PEOPLE.member,
            measure: 'On the wiki',
            dueDate: '2027-01-15',
          }),
      };
    },
  },
  {
    route: 'PATCH /actions/:id',
    actions: ['manageActions'],
    status: 200,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      const action = await h.ok('post', `/programmes/${id}/actions`, 'coach', {
        description: 'Publish the change schedule',
        owner: PEOPLE.member,
        measure: 'On the wiki',
        dueDate: '2027-01-15',
      });
      return {
        programmeId: id,
        send: who =>
          h.call('patch', `/actions/${action.id}`, who, {
            version: action.version,
            status: 'in-progress',
          }),
      };
    },
  },
  ...coachingCases(),
  {
    route: 'POST /programmes/:id/self-assessments',
    actions: ['selfAssess'],
    status: 201,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      return {
        programmeId: id,
        send: who =>
          h.call('post', `/programmes/${id}/self-assessments`, who, {
            process: 'change',
            ratings: [{ criterionId: 'change-1-1', rating: 'L' }],
          }),
      };
    },
  },
  ...outcomeCases(),
  ...feedbackCases(),
  {
    route: 'PATCH /handover/items/:id (demonstrate)',
    actions: ['updateHandoverItem'],
    status: 200,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      const item = await firstItem(h, id);
      return {
        programmeId: id,
        send: who =>
          h.call('patch', `/handover/items/${item.id}`, who, {
            status: 'demonstrated',
            evidence: 'The team ran the CAB without the coach',
            version: item.version,
          }),
      };
    },
  },
  {
    route: 'PATCH /handover/items/:id (verify)',
    actions: ['updateHandoverItem', 'verifyHandoverItem'],
    status: 200,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      const item = await firstItem(h, id);
      const shown = await h.ok(
        'patch',
        `/handover/items/${item.id}`,
        'member',
        {
          status: 'demonstrated',
          evidence: 'The team ran the CAB without the coach',
          version: item.version,
        },
      );
      return {
        programmeId: id,
        send: who =>
          h.call('patch', `/handover/items/${item.id}`, who, {
            status: 'verified',
            version: shown.version,
          }),
      };
    },
  },
  {
    route: 'PATCH /handover/items/:id (reopen a verified item)',
    actions: ['updateHandoverItem', 'verifyHandoverItem'],
    status: 200,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      const item = await firstItem(h, id);
      const shown = await h.ok(
        'patch',
        `/handover/items/${item.id}`,
        'member',
        {
          status: 'demonstrated',
          evidence: 'The team ran the CAB without the coach',
          version: item.version,
        },
      );
      const verified = await h.ok(
        'patch',
        `/handover/items/${item.id}`,
        'coach',
        { status: 'verified', version: shown.version },
      );
      return {
        programmeId: id,
        send: who =>
          h.call('patch', `/handover/items/${item.id}`, who, {
            status: 'in-progress',
            version: verified.version,
          }),
      };
    },
  },
  {
    route: 'POST /programmes/:id/handover/items',
    actions: ['manageHandover'],
    status: 201,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      return {
        programmeId: id,
        send: who =>
          h.call('post', `/programmes/${id}/handover/items`, who, {
            title: 'Runbook for emergency changes',
            category: 'documentation',
          }),
      };
    },
  },
  {
    route: 'PUT /programmes/:id/skills',
    actions: ['manageHandover'],
    status: 200,
    onProgramme: true,
    async prepare(h) {
      const { id } = await h.freshProgramme();
      return {
        programmeId: id,
        send: who =>
          h.call('put', `/programmes/${id}/skills`, who, {
            people: [{ userRef: PEOPLE.member, skills: { change: 'expert' } }],
            version: 0,
          }),
      };
    },
  },
  ...[false, true].map(
    (denied): RouteCase => ({
      route: `POST /import (policy ${denied ? 'denies' : 'allows'} ${
        PROGRAMME_ACTION_RULES.importProgramme.permission.name
      })`,
      actions: ['importProgramme'],
      deny: denied
        ? [PROGRAMME_ACTION_RULES.importProgramme.permission.name]
        : [],
      status: 201,
      onProgramme: false,
      async prepare(h) {
        const { id } = await h.freshProgramme();
        const archive = await h.ok('get', `/programmes/${id}/export`, 'coach');
        return {
          programmeId: id,
          send: who => h.call('post', '/import', who, archive),
        };
      },
    }),
  ),
];

/** Mutating routes that take no action on a programme, and why. */
const NO_PROGRAMME_ACTION: Record<string, string> = {
  'POST /approach/recommendation':
    'a calculation from the answers; stores nothing',
  'POST /tone/check': 'a check of a text; stores nothing',
  'PUT /me/reminders': 'the caller’s own reminder settings, of no programme',
};

/** A case's route as the router declares it (`POST /reviews/:id`). */
const declaredRoute = (route: RouteCase) =>
  route.route.replace(/ \(.*\)$/, '').replace('/:n/', '/:number/');

/** Whether the rule table lets a caller take an action (roles only). */
function rolesAllow(action: ProgrammeAction, caller: CallerKind): boolean {
  const rule: ProgrammeActionRule = PROGRAMME_ACTION_RULES[action];
  if (rule.roles === 'anyone') return caller !== 'unauthenticated';
  return rule.roles.some(role => role === caller);
}

/** The answer the rule table and the policy call for. */
function expectedStatus(
  route: RouteCase,
  caller: CallerKind,
  policy: TestPolicyState,
): number {
  if (caller === 'unauthenticated') return 401;
  if (policy.membersOnlyRead && caller === 'non-member' && route.onProgramme) {
    return 403;
  }
  const deny = [...policy.deny, ...(route.deny ?? [])];
  const allowed = route.actions.every(action => {
    const rule: ProgrammeActionRule = PROGRAMME_ACTION_RULES[action];
    const byRole =
      rolesAllow(action, caller) ||
      Boolean(route.alsoAllowed?.includes(caller));
    return byRole && !deny.includes(rule.permission.name);
  });
  return allowed ? route.status : 403;
}

const POLICIES: Array<{ name: string; state: TestPolicyState }> = [
  {
    name: 'everyone signed in reads',
    state: { membersOnlyRead: false, deny: [] },
  },
  {
    name: 'only members read (conditional read permission)',
    state: { membersOnlyRead: true, deny: [] },
  },
];

/** The app of one engine, with a policy the cases switch. */
async function harness(databaseId: TestDatabaseId, policy: TestPolicyState) {
  let membersOf: (id: string) => Promise<ProgrammeMember[]> = async () => [];
  const ctx = await createTestApp({
    databases,
    databaseId,
    permissions: testPolicy(policy, () => membersOf),
    userInfo: userInfoWithGroups({ [OWNER_LEAD]: [OWNER_GROUP] }),
  });
  membersOf = async id =>
    (await ctx.programmeStore.getMembers([id])).get(id) ?? [];
  const server = ctx.app.listen(0);
  const call: Harness['call'] = (method, url, who, body) => {
    const req = request(server)
      [method](url)
      .set('Authorization', authHeader(who));
    return body === undefined ? req : req.send(body);
  };
  const h: Harness = {
    ctx,
    call,
    async ok(method, url, who, body) {
      const res = await call(method, url, who, body);
      if (res.status >= 300) {
        throw new Error(
          `Setup ${method.toUpperCase()} ${url} as ${who} failed: ${
            res.status
          } ${JSON.stringify(res.body)}`,
        );
      }
      return res.body;
    },
    async freshProgramme(options = {}) {
      const { id, version } = await givenProgramme({
        testApp: ctx,
        ownerRef: OWNER_GROUP,
        roles: options.members ?? MEMBERS,
        createdBy: PEOPLE.lead,
        phase: options.phase,
      });
      return { id, version };
    },
  };
  return { h, server };
}

describe.each(databases.eachSupportedId())(
  'authorization matrix on %s',
  databaseId => {
    const policy: TestPolicyState = { membersOnlyRead: false, deny: [] };
    let h: Harness;
    let server: ReturnType<express.Express['listen']>;
    const figures = {
      cases: 0,
      allowed: 0,
      forbidden: 0,
      unauthenticated: 0,
      writesAfterRefusal: 0,
      mismatches: 0,
    };

    beforeAll(async () => {
      ({ h, server } = await harness(databaseId, policy));
    });

    afterAll(async () => {
      server?.closeAllConnections();
      await new Promise(resolve => server?.close(resolve));
      if (figures.cases > 0) {
        writeReport(`authorization-matrix-${engineName(databaseId)}.json`, {
          engine: engineName(databaseId),
          routes: ROUTES.length,
          callers: CALLERS.length,
          policies: POLICIES.map(p => p.name),
          ...figures,
        });
      }
    });

    it('covers every mutating route of the router and every rule of the table', () => {
      const declared = mutatingRoutes(h.ctx.app);
      const covered = ROUTES.map(declaredRoute);
      const actions = new Set(ROUTES.flatMap(r => r.actions));
      expect({
        uncovered: declared.filter(
          r => !covered.includes(r) && !(r in NO_PROGRAMME_ACTION),
        ),
        stale: [...covered, ...Object.keys(NO_PROGRAMME_ACTION)].filter(
          r => !declared.includes(r),
        ),
        rulesTakenByNoRoute: Object.keys(PROGRAMME_ACTION_RULES).filter(
          a => !actions.has(a as ProgrammeAction),
        ),
      }).toEqual({ uncovered: [], stale: [], rulesTakenByNoRoute: [] });
    });

    describe.each(POLICIES)('policy: $name', ({ state }) => {
      beforeEach(() => Object.assign(policy, state));

      const cases = ROUTES.flatMap(route =>
        CALLERS.map(caller => ({
          route,
          caller,
          expected: expectedStatus(route, caller, state),
        })),
      );

      it.each(cases)(
        '$route.route as $caller → $expected',
        async ({ route, caller, expected }) => {
          const prepared = await route.prepare(h);
          const before = await snapshot(h.ctx.knex, prepared.programmeId);
          // The portal policy of this case (it only ever narrows the rules).
          policy.deny = [...state.deny, ...(route.deny ?? [])];
          let res: request.Response;
          try {
            res = await prepared.send(caller);
          } finally {
            policy.deny = [...state.deny];
          }
          const after = await snapshot(h.ctx.knex, prepared.programmeId);

          figures.cases += 1;
          if (res.status !== expected) figures.mismatches += 1;
          if (res.status === 401) figures.unauthenticated += 1;
          else if (res.status === 403) figures.forbidden += 1;
          else if (res.status < 300) figures.allowed += 1;
          if (res.status >= 400 && before !== after) {
            figures.writesAfterRefusal += 1;
          }

          const refusal: Record<number, string> = {
            401: 'AuthenticationError',
            403: 'NotAllowedError',
          };
          expect({
            status: res.status,
            body: res.status === expected ? undefined : res.body,
            error: res.body?.error?.name,
            // A refusal wrote nothing, anywhere; a success did write (so the
            // case is not vacuous).
            wrote: after !== before,
          }).toEqual({
            status: expected,
            body: undefined,
            error: refusal[expected],
            wrote: expected < 300,
          });
        },
      );
    });

    describe('membership rules', () => {
      beforeEach(() =>
        Object.assign(policy, { membersOnlyRead: false, deny: [] }),
      );

      /** A PATCH of the members that must be refused without writing anything. */
      async function refused(
        id: string,
        who: CallerKind | string,
        members: ProgrammeMember[],
        status: number,
        message: string,
      ) {
        const version = (await h.ctx.programmeStore.getProgramme(id))!.version;
        const before = await snapshot(h.ctx.knex, id);
        const res = await h.call('patch', `/programmes/${id}`, who, {
          version,
          members,
        });
        expect({
          status: res.status,
          message: res.body.error?.message,
        }).toEqual({ status, message: expect.stringContaining(message) });
        expect(await snapshot(h.ctx.knex, id)).toBe(before);
      }

      async function accepted(
        id: string,
        who: CallerKind | string,
        members: ProgrammeMember[],
      ) {
        const version = (await h.ctx.programmeStore.getProgramme(id))!.version;
        const res = await h.call('patch', `/programmes/${id}`, who, {
          version,
          members,
        });
        expect({ status: res.status, body: res.body.error }).toEqual({
          status: 200,
          body: undefined,
        });
        return res.body;
      }

      const without = (list: ProgrammeMember[], ref: string, role?: string) =>
        list.filter(m => !(m.userRef === ref && (!role || m.role === role)));

      it('refuses self-elevation (403) and lets people step down', async () => {
        const { id } = await h.freshProgramme();
        await refused(
          id,
          'lead',
          [...MEMBERS, { userRef: PEOPLE.lead, role: 'coach' }],
          403,
          'yourself',
        );
        await refused(
          id,
          'lead',
          [...MEMBERS, { userRef: PEOPLE.lead, role: 'sponsor' }],
          403,
          'yourself',
        );
        await refused(
          id,
          'coach',
          [...MEMBERS, { userRef: PEOPLE.coach, role: 'lead' }],
          403,
          'yourself',
        );
        // A member or a non-member adding themselves is refused by the role rule.
        await refused(
          id,
          'member',
          [...MEMBERS, { userRef: PEOPLE.member, role: 'lead' }],
          403,
          PROGRAMME_ACTION_RULES.manageMembers.roleReason,
        );
        await refused(
          id,
          'non-member',
          [...MEMBERS, { userRef: PEOPLE['non-member'], role: 'coach' }],
          403,
          PROGRAMME_ACTION_RULES.manageMembers.roleReason,
        );
        // Case does not help: refs are compared case-insensitively.
        await refused(
          id,
          'lead',
          [...MEMBERS, { userRef: 'user:default/Priya.Lead', role: 'coach' }],
          403,
          'yourself',
        );
        // Stepping down is fine while a coach remains.
        await accepted(id, 'lead', without(MEMBERS, PEOPLE.lead));
        const history = await h.ok(
          'get',
          `/programmes/${id}/members/history`,
          'coach',
        );
        expect(history.items).toHaveLength(1);
      });

      it('keeps the last lead or coach (400) and writes nothing', async () => {
        const members: ProgrammeMember[] = [
          { userRef: PEOPLE.lead, role: 'lead' },
          { userRef: PEOPLE.member, role: 'member' },
          { userRef: PEOPLE.sponsor, role: 'sponsor' },
        ];
        const { id } = await h.freshProgramme({ members });
        await refused(
          id,
          'lead',
          without(members, PEOPLE.lead),
          400,
          'at least one lead or coach',
        );
        // With a coach of the programme, the lead may go.
        const coached = await h.freshProgramme();
        const body = await accepted(
          coached.id,
          'coach',
          without(MEMBERS, PEOPLE.lead),
        );
        expect(body.members).not.toContainEqual(
          expect.objectContaining({ role: 'lead' }),
        );
        await refused(
          coached.id,
          'coach',
          without(without(MEMBERS, PEOPLE.lead), PEOPLE.coach),
          400,
          'at least one lead or coach',
        );
      });

      it('lets only a sponsor or the owner group add or remove a sponsor, and records every change', async () => {
        const newSponsor = { userRef: NEWCOMER, role: 'sponsor' as const };
        const members: ProgrammeMember[] = [
          ...MEMBERS,
          { userRef: OWNER_LEAD, role: 'lead' },
        ];
        const { id } = await h.freshProgramme({ members });
        // A lead who is neither a sponsor nor in the owner group.
        await refused(id, 'lead', [...members, newSponsor], 403, 'sponsor');
        await refused(
          id,
          'lead',
          without(members, PEOPLE.sponsor),
          403,
          'sponsor',
        );
        // A sponsor who is not a lead or coach may not change members at all.
        await refused(
          id,
          'sponsor',
          [...members, newSponsor],
          403,
          PROGRAMME_ACTION_RULES.manageMembers.roleReason,
        );
        expect(
          (await h.ok('get', `/programmes/${id}/members/history`, 'member'))
            .items,
        ).toEqual([]);

        // A lead in the owner group adds and removes sponsors.
        const added = await accepted(id, OWNER_LEAD, [...members, newSponsor]);
        const removed = await accepted(
          id,
          OWNER_LEAD,
          without(added.members, PEOPLE.sponsor),
        );
        // A lead who is also a sponsor does too.
        const both = await h.freshProgramme({
          members: [...MEMBERS, { userRef: PEOPLE.lead, role: 'sponsor' }],
        });
        await accepted(both.id, 'lead', [
          ...MEMBERS,
          { userRef: PEOPLE.lead, role: 'sponsor' },
          newSponsor,
        ]);

        const history = await h.ok(
          'get',
          `/programmes/${id}/members/history`,
          'member',
        );
        const sorted = (list: ProgrammeMember[]) =>
          [...list].sort((a, b) =>
            `${a.userRef}|${a.role}`.localeCompare(`${b.userRef}|${b.role}`),
          );
        expect(
          history.items.map((c: any) => ({
            changedBy: c.changedBy,
            before: sorted(c.before),
            after: sorted(c.after),
          })),
        ).toEqual([
          {
            changedBy: OWNER_LEAD,
            before: sorted(members),
            after: sorted(added.members),
          },
          {
            changedBy: OWNER_LEAD,
            before: sorted(added.members),
            after: sorted(removed.members),
          },
        ]);
        expect(history.items[0].changedAt).toEqual(expect.any(String));
        // The history is read like the programme: not without credentials.
        expect(
          (
            await h.call(
              'get',
              `/programmes/${id}/members/history`,
              'unauthenticated',
            )
          ).status,
        ).toBe(401);
      });

      it('never tells a non-member who may not read the programme its version (403, not 409)', async () => {
        Object.assign(policy, { membersOnlyRead: true });
        const { id, version } = await h.freshProgramme();
        await h.ok('patch', `/programmes/${id}`, 'lead', {
          version,
          title: 'Renamed once',
        });
        for (const sent of [version, version + 1, 99]) {
          for (const body of [
            {
              version: sent,
              members: [
                ...MEMBERS,
                { userRef: PEOPLE['non-member'], role: 'coach' },
              ],
            },
            { version: sent, title: 'Taken over' },
          ]) {
            const before = await snapshot(h.ctx.knex, id);
            const res = await h.call(
              'patch',
              `/programmes/${id}`,
              'non-member',
              body,
            );
            expect([403, 404]).toContain(res.status);
            expect(JSON.stringify(res.body)).not.toMatch(/version|changed by/i);
            expect(await snapshot(h.ctx.knex, id)).toBe(before);
          }
        }
        expect(
          (await h.call('get', `/programmes/${id}`, 'non-member')).status,
        ).toBe(403);
        expect(
          (
            await h.call(
              'get',
              `/programmes/${id}/members/history`,
              'non-member',
            )
          ).status,
        ).toBe(403);
        // A lead with a stale version does get the 409.
        const stale = await h.call('patch', `/programmes/${id}`, 'lead', {
          version,
          title: 'Renamed twice',
        });
        expect(stale.status).toBe(409);
      });
    });
  },
);
