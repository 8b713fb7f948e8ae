/*
 * Races against the invariants of DESIGN.md "Trust rules", on both engines:
 * truly concurrent requests (Promise.all against one app; on PostgreSQL the
 * pool has several connections, so the transactions overlap) repeated
 * `CSIP_RACE_TRIES` times (20 by default) each. Every race counts its
 * successes, 409s and invariant violations (which must be 0), and the
 * figures go to e2e-test-report/races-<engine>.json.
 */
import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  computeLevel,
  levelledRatings,
  reviewToneFindings,
  type HandoverItem,
  type MaturityModel,
  type ProgrammeMember,
  type Review,
} from '@csip-coach/plugin-csip-common';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  authHeader,
  engineName,
  MEMBERS,
  OWNER_GROUP,
  PEOPLE,
  writeReport,
} from './__testUtils__/reliabilityHelpers';

jest.setTimeout(600_000);

const databases = createTestDatabases();

const TRIES = Math.max(1, Number(process.env.CSIP_RACE_TRIES ?? 20));

type Method = 'post' | 'patch' | 'put' | 'get';

/** What one race counted over all its tries. */
type RaceFigures = {
  tries: number;
  requests: number;
  successes: number;
  conflicts: number;
  /** 403s: the rules refused a request the race made on purpose. */
  refused: number;
  /** Any other status, by status. */
  other: Record<string, number>;
  violations: number;
  /** How the tries ended (which side won), so both orders are seen. */
  outcomes: Record<string, number>;
  /** The first violations, in words. */
  examples: string[];
};

function newFigures(): RaceFigures {
  return {
    tries: 0,
    requests: 0,
    successes: 0,
    conflicts: 0,
    refused: 0,
    other: {},
    violations: 0,
    outcomes: {},
    examples: [],
  };
}

function outcome(figures: RaceFigures, name: string) {
  figures.outcomes[name] = (figures.outcomes[name] ?? 0) + 1;
}

/**
 * Starts every request at once, in an order shuffled by `seed` (so that on
 * SQLite, whose single connection serves requests in the order they come,
 * every side of a race gets to go first), and returns the answers in the
 * order of `requests`.
 */
async function concurrently<T>(
  seed: number,
  requests: Array<() => PromiseLike<T>>,
): Promise<T[]> {
  const order = requests.map((_, n) => n);
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let n = order.length - 1; n > 0; n--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const k = state % (n + 1);
    [order[n], order[k]] = [order[k], order[n]];
  }
  const answers = new Array<T>(requests.length);
  await Promise.all(
    order.map(async n => {
      answers[n] = await requests[n]();
    }),
  );
  return answers;
}

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

const ratings = (level1: string, level2: string) => [
  ...[1, 2, 3, 4].map(n => ({ criterionId: `change-1-${n}`, coach: level1 })),
  ...[1, 2, 3, 4].map(n => ({ criterionId: `change-2-${n}`, coach: level2 })),
];

const action = (description: string) => ({
  description,
  owner: PEOPLE.member,
  measure: 'Seen on the wiki',
  dueDate: '2027-01-15',
});

const sortedMembers = (list: ProgrammeMember[]) =>
  list
    .map(m => `${m.userRef.toLocaleLowerCase('en-US')}|${m.role}`)
    .sort()
    .join(',');

async function setupEngine(
  databaseId: TestDatabaseId,
  options: { refreshAfterWrite?: boolean } = {},
) {
  const ctx = await createTestApp({
    databases,
    databaseId,
    refreshAfterWrite: options.refreshAfterWrite,
  });
  const server = ctx.app.listen(0);
  const call = (
    method: Method,
    url: string,
    who: string,
    body?: object,
  ): Promise<request.Response> => {
    const req = request(server)
      [method](url)
      .set('Authorization', authHeader(who));
    return body === undefined ? req : req.send(body);
  };
  const ok = async (
    method: Method,
    url: string,
    who: string,
    body?: object,
  ) => {
    const res = await call(method, url, who, body);
    if (res.status >= 300) {
      throw new Error(
        `Setup ${method.toUpperCase()} ${url} as ${who} failed: ${
          res.status
        } ${JSON.stringify(res.body)}`,
      );
    }
    return res.body;
  };
  const freshProgramme = async (members: ProgrammeMember[] = MEMBERS) =>
    givenProgramme({
      testApp: ctx,
      title: 'Race CSIP',
      ownerRef: OWNER_GROUP,
      roles: members,
      createdBy: PEOPLE.lead,
    });
  return { ctx, server, call, ok, freshProgramme };
}

type Engine = Awaited<ReturnType<typeof setupEngine>>;

/** Counts the answers of one try into the race's figures. */
function tally(figures: RaceFigures, responses: request.Response[]) {
  figures.requests += responses.length;
  for (const res of responses) {
    if (res.status >= 200 && res.status < 300) figures.successes += 1;
    else if (res.status === 409) figures.conflicts += 1;
    else if (res.status === 403) figures.refused += 1;
    else {
      figures.other[res.status] = (figures.other[res.status] ?? 0) + 1;
    }
  }
}

function violation(figures: RaceFigures, message: string) {
  figures.violations += 1;
  if (figures.examples.length < 10) figures.examples.push(message);
}

/** Statuses other than a success, a 409 or an expected 403 are violations. */
function onlyExpectedStatuses(
  figures: RaceFigures,
  try_: number,
  responses: request.Response[],
  allowed: number[] = [409],
) {
  for (const res of responses) {
    if (res.status < 300 || allowed.includes(res.status)) continue;
    violation(
      figures,
      `try ${try_}: unexpected ${res.status} ${JSON.stringify(res.body)}`,
    );
  }
}

const successes = (responses: request.Response[]) =>
  responses.filter(r => r.status >= 200 && r.status < 300);

describe.each(databases.eachSupportedId())('races on %s', databaseId => {
  let engine: Engine;
  let model: MaturityModel;
  const races: Record<string, RaceFigures> = {};

  beforeAll(async () => {
    engine = await setupEngine(databaseId);
    model = await engine.ok('get', '/maturity-model', 'coach');
  });

  afterAll(async () => {
    engine?.server.closeAllConnections();
    await new Promise(resolve => engine?.server.close(resolve));
    const all = Object.values(races);
    if (all.length === 0) return;
    writeReport(`races-${engineName(databaseId)}.json`, {
      engine: engineName(databaseId),
      triesPerRace: TRIES,
      totals: {
        racesRun: all.reduce((n, r) => n + r.tries, 0),
        requests: all.reduce((n, r) => n + r.requests, 0),
        successes: all.reduce((n, r) => n + r.successes, 0),
        conflicts: all.reduce((n, r) => n + r.conflicts, 0),
        refused: all.reduce((n, r) => n + r.refused, 0),
        violations: all.reduce((n, r) => n + r.violations, 0),
      },
      races,
    });
  });

  /** Runs `race` TRIES times; the test then checks that no try broke an invariant. */
  async function run(
    name: string,
    race: (figures: RaceFigures, try_: number) => Promise<void>,
  ) {
    const figures = newFigures();
    races[name] = figures;
    for (let i = 1; i <= TRIES; i++) {
      figures.tries += 1;
      await race(figures, i);
    }
    return figures;
  }

  it('(a) publish racing PATCHes of the same draft: one wins, and the published review agrees with itself', async () => {
    const change = model.processes.find(p => p.id === 'change')!;
    const figures = await run('publishVsPatch', async (f, i) => {
      const { id } = await engine.freshProgramme();
      const draft: Review = await engine.ok(
        'post',
        `/programmes/${id}/reviews`,
        'coach',
        {
          process: 'change',
          date: '2026-11-20',
          ratings: ratings('F', 'L'),
          strengths: ['Every change has a record before it is made.'],
          actions: [action('Publish the change schedule')],
        },
      );
      const responses = await concurrently(i, [
        () =>
          engine.call('post', `/reviews/${draft.id}/publish`, 'coach', {
            version: draft.version,
            acknowledgeTone: true,
          }),
        () =>
          engine.call('patch', `/reviews/${draft.id}`, 'coach', {
            version: draft.version,
            ratings: ratings('P', 'N'),
            strengths: ['The team never records approvals.'],
            actions: [
              action('Record approvals in the tool'),
              action('Train the CAB'),
            ],
          }),
        () =>
          engine.call('patch', `/reviews/${draft.id}`, 'coach', {
            version: draft.version,
            ratings: ratings('F', 'F'),
            observations: ['Emergency changes are always poor.'],
            actions: [],
          }),
      ]);
      tally(f, responses);
      onlyExpectedStatuses(f, i, responses);
      const won = successes(responses).length;
      if (won !== 1) {
        violation(
          f,
          `try ${i}: ${won} of publish and two PATCHes at one version succeeded`,
        );
      }
      const review: Review = await engine.ok(
        'get',
        `/reviews/${draft.id}`,
        'coach',
      );
      const published = responses[0].status === 200;
      outcome(f, published ? 'publish won' : 'a PATCH won');
      if (published !== (review.state === 'published')) {
        violation(
          f,
          `try ${i}: publish answered ${responses[0].status}, review is ${review.state}`,
        );
      }
      if (review.state !== 'published') return;
      const level = computeLevel(
        levelledRatings(change.criteria, review.ratings),
      );
      if (review.level !== level) {
        violation(
          f,
          `try ${i}: level ${review.level}, its ratings give ${level}`,
        );
      }
      const tone = reviewToneFindings(review);
      if (JSON.stringify(review.toneFindings ?? []) !== JSON.stringify(tone)) {
        violation(
          f,
          `try ${i}: stored tone findings ${JSON.stringify(
            review.toneFindings,
          )} are not those of its text ${JSON.stringify(tone)}`,
        );
      }
      const register = await engine.ok(
        'get',
        `/programmes/${id}/actions`,
        'coach',
      );
      const landed = register.items
        .filter((a: any) => a.source?.reviewId === review.id)
        .map((a: any) => a.description)
        .sort();
      const agreed = review.actions.map(a => a.description).sort();
      if (JSON.stringify(landed) !== JSON.stringify(agreed)) {
        violation(
          f,
          `try ${i}: register has ${JSON.stringify(
            landed,
          )}, the review agreed ${JSON.stringify(agreed)}`,
        );
      }
      if (
        JSON.stringify(responses[0].body.ratings) !==
        JSON.stringify(review.ratings)
      ) {
        violation(
          f,
          `try ${i}: the publish answer differs from the stored review`,
        );
      }
    });
    expect(figures.examples).toEqual([]);
    expect(figures.violations).toBe(0);
    expect(figures.successes).toBe(figures.tries);
  });

  it('(b) 10 concurrent amendments of one review: exactly one succeeds', async () => {
    const figures = await run('amendments', async (f, i) => {
      const { id } = await engine.freshProgramme();
      const draft = await engine.ok(
        'post',
        `/programmes/${id}/reviews`,
        'coach',
        {
          process: 'change',
          date: '2026-11-20',
          ratings: ratings('F', 'L'),
        },
      );
      await engine.ok('post', `/reviews/${draft.id}/publish`, 'coach', {
        version: draft.version,
      });
      const responses = await concurrently(
        i,
        Array.from(
          { length: 10 },
          (_, n) => () =>
            engine.call('post', `/reviews/${draft.id}/amendments`, 'coach', {
              process: 'change',
              date: '2026-11-21',
              ratings: ratings('F', n % 2 ? 'F' : 'P'),
              reason: `Correction number ${n + 1}`,
            }),
        ),
      );
      tally(f, responses);
      onlyExpectedStatuses(f, i, responses);
      const won = successes(responses);
      if (won.length !== 1) {
        violation(f, `try ${i}: ${won.length} of 10 amendments succeeded`);
      }
      const rows = await engine.ctx
        .knex('csip_reviews')
        .where({ amends: draft.id });
      if (rows.length !== 1) {
        violation(f, `try ${i}: ${rows.length} rows amend the review`);
      } else if (won.length === 1 && rows[0].id !== won[0].body.id) {
        violation(
          f,
          `try ${i}: the stored amendment is not the one acknowledged`,
        );
      }
    });
    expect(figures.examples).toEqual([]);
    expect(figures.violations).toBe(0);
    expect(figures.successes).toBe(figures.tries);
    expect(figures.conflicts).toBe(figures.tries * 9);
  });

  it('(c) agreements racing a new scope version: none is kept for a version already superseded', async () => {
    const sponsors = [
      PEOPLE.sponsor,
      'user:default/sam.sponsor',
      'user:default/kim.sponsor',
    ];
    const members: ProgrammeMember[] = [
      ...MEMBERS,
      ...sponsors
        .slice(1)
        .map(userRef => ({ userRef, role: 'sponsor' as const })),
    ];
    const figures = await run('agreementsVsNewVersion', async (f, i) => {
      const { id } = await engine.freshProgramme(members);
      await engine.ok(
        'post',
        `/programmes/${id}/scope/versions`,
        'coach',
        SCOPE,
      );
      const responses = await concurrently(i, [
        ...sponsors.map(
          (who, n) => () =>
            engine.call(
              'post',
              `/programmes/${id}/scope/versions/1/agreements`,
              who,
              n === 2
                ? { decision: 'decline', comment: 'Add release' }
                : { decision: 'agree' },
            ),
        ),
        () =>
          engine.call('post', `/programmes/${id}/scope/versions`, 'lead', {
            ...SCOPE,
            processes: [{ ...SCOPE.processes[0], targetLevel: 4 }],
          }),
        ...sponsors.map(
          who => () =>
            engine.call(
              'post',
              `/programmes/${id}/scope/versions/2/agreements`,
              who,
              {
                decision: 'agree',
              },
            ),
        ),
      ]);
      // An agreement on version 2 before it exists is a 404.
      tally(f, responses);
      onlyExpectedStatuses(f, i, responses, [409, 404]);
      const publish = responses[sponsors.length];
      if (publish.status !== 201) {
        violation(
          f,
          `try ${i}: publishing version 2 answered ${publish.status}`,
        );
        return;
      }
      const v2At: string = publish.body.publishedAt;
      const rows = await engine.ctx
        .knex('csip_scope_agreements')
        .where({ programme_id: id });
      const onV1 = rows.filter((r: any) => Number(r.version_number) === 1);
      for (const row of onV1) {
        // Writers of one programme take turns, and `at`/`publishedAt` are taken
        // inside the turn: an agreement that committed before version 2 was
        // published has `at` ≤ its `publishedAt`. A later one is a violation.
        if (row.at > v2At) {
          violation(
            f,
            `try ${i}: ${row.user_ref} agreed version 1 at ${row.at}, after version 2 was published at ${v2At}`,
          );
        }
      }
      const acknowledgedV1 = responses
        .slice(0, sponsors.length)
        .filter(r => r.status === 201);
      outcome(
        f,
        `${acknowledgedV1.length} of ${sponsors.length} version-1 decisions kept`,
      );
      if (acknowledgedV1.length !== onV1.length) {
        violation(
          f,
          `try ${i}: ${acknowledgedV1.length} agreements on version 1 acknowledged, ${onV1.length} stored`,
        );
      }
      for (const res of acknowledgedV1) {
        if (res.body.at > v2At) {
          violation(
            f,
            `try ${i}: acknowledged an agreement on version 1 at ${res.body.at}, after version 2 (${v2At})`,
          );
        }
      }
      // Agreements never carry over: the current scope shows only version 2's.
      const scope = await engine.ok('get', `/programmes/${id}/scope`, 'coach');
      const onV2 = new Set(
        rows
          .filter((r: any) => Number(r.version_number) === 2)
          .map((r: any) => r.user_ref),
      );
      if (scope.current?.number !== 2) {
        violation(
          f,
          `try ${i}: current scope is version ${scope.current?.number}`,
        );
      }
      for (const approver of scope.approvers) {
        if (approver.decision && !onV2.has(approver.userRef)) {
          violation(
            f,
            `try ${i}: ${approver.userRef}'s decision on version 1 carried over to version 2`,
          );
        }
      }
    });
    expect(figures.examples).toEqual([]);
    expect(figures.violations).toBe(0);
  });

  it('(d) a member racing a coach who reopens a verified item: never verified without a verifying coach', async () => {
    const figures = await run('verifyVsReopen', async (f, i) => {
      const { id } = await engine.freshProgramme();
      await engine.ok(
        'post',
        `/programmes/${id}/scope/versions`,
        'coach',
        SCOPE,
      );
      const view = await engine.ok(
        'get',
        `/programmes/${id}/handover`,
        'coach',
      );
      const first: HandoverItem = view.items[0];
      const shown = await engine.ok(
        'patch',
        `/handover/items/${first.id}`,
        'member',
        {
          status: 'demonstrated',
          evidence: 'The team ran the CAB without the coach',
          version: first.version,
        },
      );
      const verified: HandoverItem = await engine.ok(
        'patch',
        `/handover/items/${first.id}`,
        'coach',
        { status: 'verified', version: shown.version },
      );
      const v = verified.version;
      const url = `/handover/items/${first.id}`;
      const attempts: Array<[string, object]> = [
        ['coach', { status: 'in-progress', version: v }],
        ['member', { status: 'verified', version: v }],
        ['member', { status: 'verified', version: v + 1 }],
        [
          'member',
          { status: 'demonstrated', evidence: 'Shown again', version: v },
        ],
        [
          'member',
          { status: 'demonstrated', evidence: 'Shown again', version: v + 1 },
        ],
        ['member', { evidence: 'Rewritten evidence', version: v }],
        ['member', { status: 'verified', evidence: 'Forged', version: v + 1 }],
        ['coach', { status: 'verified', version: v + 1 }],
      ];
      const responses = await concurrently(
        i,
        attempts.map(
          ([who, body]) =>
            () =>
              engine.call('patch', url, who, body),
        ),
      );
      tally(f, responses);
      onlyExpectedStatuses(f, i, responses, [409, 403, 400]);
      const check = (item: HandoverItem, where: string) => {
        if (item.status === 'verified') {
          if (item.verifiedBy !== PEOPLE.coach || !item.verifiedAt) {
            violation(
              f,
              `try ${i}: ${where}: verified with verifiedBy ${item.verifiedBy} at ${item.verifiedAt}`,
            );
          }
          if (!item.demonstratedBy) {
            violation(
              f,
              `try ${i}: ${where}: verified without the team's demonstration kept`,
            );
          }
        } else if (item.verifiedBy || item.verifiedAt) {
          violation(
            f,
            `try ${i}: ${where}: ${item.status} but verifiedBy ${item.verifiedBy}`,
          );
        }
      };
      responses.forEach((res, n) => {
        if (res.status === 200)
          check(
            res.body,
            `answer to ${attempts[n][0]} ${JSON.stringify(attempts[n][1])}`,
          );
      });
      const after = await engine.ok(
        'get',
        `/programmes/${id}/handover`,
        'coach',
      );
      const item: HandoverItem = after.items.find(
        (x: HandoverItem) => x.id === first.id,
      );
      check(item, 'stored item');
      outcome(
        f,
        `ended ${item.status}${
          item.status === 'verified' && item.verifiedAt !== verified.verifiedAt
            ? ' again'
            : ''
        }`,
      );
      // Never reopened: then its evidence is still what the coach verified.
      if (
        item.status === 'verified' &&
        item.verifiedAt === verified.verifiedAt &&
        item.evidence !== verified.evidence
      ) {
        violation(
          f,
          `try ${i}: the evidence of a verified item changed to '${item.evidence}'`,
        );
      }
    });
    expect(figures.examples).toEqual([]);
    expect(figures.violations).toBe(0);
  });

  it('(e) concurrent membership edits: a lead or coach always stays, one edit wins per version, every change is in the history', async () => {
    const secondLead = 'user:default/lee.lead';
    const members: ProgrammeMember[] = [
      { userRef: PEOPLE.lead, role: 'lead' },
      { userRef: secondLead, role: 'lead' },
      { userRef: PEOPLE.member, role: 'member' },
      { userRef: PEOPLE.sponsor, role: 'sponsor' },
    ];
    const without = (list: ProgrammeMember[], ref: string) =>
      list.filter(m => m.userRef !== ref);
    const figures = await run('membershipEdits', async (f, i) => {
      const programme = await engine.freshProgramme(members);
      const { id, version } = programme;
      const url = `/programmes/${id}`;
      const edits: Array<[string, ProgrammeMember[]]> = [
        [PEOPLE.lead, without(members, secondLead)],
        [secondLead, without(members, PEOPLE.lead)],
        [
          PEOPLE.lead,
          [...members, { userRef: 'user:default/cara.coach', role: 'coach' }],
        ],
        [
          secondLead,
          [...members, { userRef: 'user:default/new.person', role: 'member' }],
        ],
      ];
      // Round 1: everyone at the version they read.
      const first = await concurrently(
        i,
        edits.map(
          ([who, list]) =>
            () =>
              engine.call('patch', url, who, { version, members: list }),
        ),
      );
      // Round 2: everyone again, each re-reading the version first, so the
      // role rules race, not only the version check.
      const second = await concurrently(
        i + 1000,
        edits.map(([who, list]) => async () => {
          const current = await engine.ctx.programmeStore.getProgramme(id);
          return engine.call('patch', url, who, {
            version: current!.version,
            members: list,
          });
        }),
      );
      const responses = [...first, ...second];
      tally(f, responses);
      onlyExpectedStatuses(f, i, responses, [409, 403, 400]);
      if (successes(first).length !== 1) {
        violation(
          f,
          `try ${i}: ${
            successes(first).length
          } edits at version ${version} succeeded`,
        );
      }
      const stored = (await engine.ctx.programmeStore.getProgramme(id))!;
      outcome(
        f,
        `ended with ${
          stored.members.filter(m => m.role === 'lead' || m.role === 'coach')
            .length
        } leads/coaches`,
      );
      if (!stored.members.some(m => m.role === 'lead' || m.role === 'coach')) {
        violation(
          f,
          `try ${i}: no lead or coach left: ${sortedMembers(stored.members)}`,
        );
      }
      const history = (
        await engine.ok('get', `${url}/members/history`, PEOPLE.member)
      ).items as Array<{
        before: ProgrammeMember[];
        after: ProgrammeMember[];
      }>;
      // A success that sends the list as it already is changes nothing and
      // is no change of members; every other success is one history entry.
      if (history.length > successes(responses).length) {
        violation(
          f,
          `try ${i}: ${successes(responses).length} edits succeeded, ${
            history.length
          } in the history`,
        );
      }
      let expected = sortedMembers(members);
      const recorded = new Set([expected]);
      history.forEach((change, n) => {
        if (sortedMembers(change.before) !== expected) {
          violation(
            f,
            `try ${i}: history entry ${n} starts from ${sortedMembers(
              change.before,
            )}, not ${expected}`,
          );
        }
        if (sortedMembers(change.before) === sortedMembers(change.after)) {
          violation(f, `try ${i}: history entry ${n} changes nothing`);
        }
        expected = sortedMembers(change.after);
        recorded.add(expected);
      });
      if (expected !== sortedMembers(stored.members)) {
        violation(
          f,
          `try ${i}: the history ends at ${expected}, the programme has ${sortedMembers(
            stored.members,
          )}`,
        );
      }
      for (const res of successes(responses)) {
        if (!recorded.has(sortedMembers(res.body.members))) {
          violation(
            f,
            `try ${i}: an acknowledged member list ${sortedMembers(
              res.body.members,
            )} is not in the history`,
          );
        }
      }
    });
    expect(figures.examples).toEqual([]);
    expect(figures.violations).toBe(0);
  });

  it('(f) after concurrent writes the status row equals a fresh recomputation', async () => {
    // Without the router's refresh after each write: the status row is only
    // what the writing transactions computed.
    const own = await setupEngine(databaseId, { refreshAfterWrite: false });
    let figures = newFigures();
    const statusRow = async (id: string) => {
      const row = await own.ctx
        .knex('csip_programme_status')
        .where({ programme_id: id })
        .first();
      if (!row) return undefined;
      const { refreshed_at: _refreshedAt, ...rest } = row;
      return JSON.stringify({
        ...rest,
        levels:
          typeof rest.levels === 'string'
            ? JSON.parse(rest.levels)
            : rest.levels,
        score: Number(rest.score),
        ready: Boolean(rest.ready),
        blockers: Number(rest.blockers),
        summit_percent:
          rest.summit_percent === null ? null : Number(rest.summit_percent),
      });
    };
    try {
      figures = await run('statusAfterConcurrentWrites', async (f, i) => {
        const { id } = await own.freshProgramme();
        await own.ok(
          'post',
          `/programmes/${id}/scope/versions`,
          'coach',
          SCOPE,
        );
        const view = await own.ok('get', `/programmes/${id}/handover`, 'coach');
        const [one, two] = view.items as HandoverItem[];
        const reviewAndPublish = async () => {
          const draft = await own.call(
            'post',
            `/programmes/${id}/reviews`,
            'coach',
            {
              process: 'change',
              date: '2026-11-20',
              ledBy: 'team',
              ratings: ratings('F', 'L'),
            },
          );
          if (draft.status !== 201) return [draft];
          return [
            draft,
            await own.call(
              'post',
              `/reviews/${draft.body.id}/publish`,
              'coach',
              {
                version: draft.body.version,
              },
            ),
          ];
        };
        const results = await concurrently<
          request.Response | request.Response[]
        >(i, [
          () =>
            own.call(
              'post',
              `/programmes/${id}/scope/versions/1/agreements`,
              'sponsor',
              { decision: 'agree' },
            ),
          () =>
            own.call('post', `/programmes/${id}/scope/versions`, 'lead', {
              processes: [
                ...SCOPE.processes,
                {
                  process: 'release',
                  baselineLevel: 0,
                  targetLevel: 2,
                  targetDate: '2027-09-30',
                },
              ],
            }),
          reviewAndPublish,
          () =>
            own.call('patch', `/handover/items/${one.id}`, 'member', {
              status: 'demonstrated',
              evidence: 'Shown at the CAB',
              version: one.version,
            }),
          () =>
            own.call('patch', `/handover/items/${two.id}`, 'member', {
              status: 'in-progress',
              version: two.version,
            }),
          () =>
            own.call('put', `/programmes/${id}/skills`, 'coach', {
              people: [
                { userRef: PEOPLE.member, skills: { change: 'proficient' } },
                { userRef: PEOPLE.lead, skills: { change: 'expert' } },
              ],
              version: 0,
            }),
          () =>
            own.call(
              'post',
              `/programmes/${id}/actions`,
              'member',
              action('Keep the CAB minutes'),
            ),
          () =>
            own.call(
              'post',
              `/programmes/${id}/approach/decisions`,
              'sponsor',
              {
                approach: 'diy-with-coaching',
                rationale: 'We keep the know-how',
              },
            ),
        ]);
        const responses = results.flat();
        tally(f, responses);
        onlyExpectedStatuses(f, i, responses, [409]);
        const written = await statusRow(id);
        await own.ctx.refresher.refresh(id);
        const fresh = await statusRow(id);
        outcome(
          f,
          responses[0].status === 201
            ? 'version 1 agreed before version 2'
            : 'agreement on version 1 refused',
        );
        if (!written || written !== fresh) {
          violation(
            f,
            `try ${i}: status row ${written} but a fresh recomputation gives ${fresh}`,
          );
        }
      });
    } finally {
      own.server.closeAllConnections();
      await new Promise(resolve => own.server.close(resolve));
    }
    expect(figures.examples).toEqual([]);
    expect(figures.violations).toBe(0);
  });
});
