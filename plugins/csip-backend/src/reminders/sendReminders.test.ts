import { mockCredentials } from '@backstage/backend-test-utils';
import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { ConfigReader } from '@backstage/config';
import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { readMaturityModel } from '../maturity/readMaturityModel';
import { DatabaseReminderStore } from './DatabaseReminderStore';
import { readReminderConfig, type ReminderConfig } from './readReminderConfig';
import { reminderScope, sendReminders } from './sendReminders';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const COACH = 'user:default/alex.coach';
const LEAD = 'user:default/priya.lead';
const SPONSOR = 'user:default/dana.sponsor';
const OWNER = 'user:default/omar.ops';
const as = (ref: string) => mockCredentials.user.header(ref);

const DAY = 86_400_000;
/** The fake clock's "now": 8 days from the real one, so today's scope versions wait 8 days. */
const NOW = new Date(Date.now() + 8 * DAY);
/** `days` after the fake clock's "now". */
const later = (days: number) => new Date(NOW.getTime() + days * DAY);
/** The ISO date `days` from the fake clock's today. */
const on = (days: number) => later(days).toISOString().slice(0, 10);

/** The built-in maturity model: Change, Configuration and Release management. */
const MODEL = readMaturityModel(new ConfigReader({}));

function config(reminders: object = {}): ReminderConfig {
  return readReminderConfig(new ConfigReader({ csip: { reminders } }));
}

/** A delivery port that records what it is asked to send. */
function fakeNotifications() {
  const sent: NotificationSendOptions[] = [];
  const notifications: NotificationService & { fail?: boolean } = {
    async send(options) {
      if (notifications.fail) throw new Error('notifications unavailable');
      sent.push(options);
    },
  };
  /** `kind subject-label recipient` of each notification sent so far. */
  const keys = () =>
    sent.map(n => {
      const [, kind, subject, recipient] = n.payload.scope!.split(':');
      return `${kind} ${subject} ${decodeURIComponent(recipient)}`;
    });
  return { notifications, sent, keys };
}

const LEVEL_2 = [
  ...[1, 2, 3, 4].map(n => ({ criterionId: `change-1-${n}`, coach: 'F' })),
  ...[1, 2, 3, 4].map(n => ({ criterionId: `change-2-${n}`, coach: 'L' })),
];
const LEVEL_1 = [
  ...[1, 2, 3, 4].map(n => ({ criterionId: `change-1-${n}`, coach: 'F' })),
  ...[1, 2, 3, 4].map(n => ({ criterionId: `change-2-${n}`, coach: 'N' })),
];

describe.each(databases.eachSupportedId())('reminders on %s', databaseId => {
  /**
   * Through the real API: Release (establish) with two actions of Omar's
   * due soon and overdue, one later; a follow-up of his due today; a scope
   * version awaiting Dana (sponsor) since the real today; an approach
   * decision to revisit. Capacity (sustain) whose latest review, led by the
   * team 100 days ago, found a lower level. An archived programme with an
   * overdue action.
   */
  async function setup() {
    const testApp = await createTestApp({ databases, databaseId });
    const { app, knex } = testApp;
    const ok = (status: number) => (res: request.Response) => {
      expect([res.status, res.status === status || res.body]).toEqual([
        status,
        true,
      ]);
      return res.body;
    };
    const roles = {
      [COACH]: 'coach',
      [LEAD]: 'lead',
      [SPONSOR]: 'sponsor',
    } as const;
    const release = await givenProgramme({
      testApp,
      title: 'Release CSIP',
      roles: { ...roles, [OWNER]: 'member' },
    });
    const capacity = await givenProgramme({
      testApp,
      title: 'Capacity CSIP',
      phase: 'sustain',
      roles,
    });
    const archived = await givenProgramme({
      testApp,
      title: 'Archived CSIP',
      roles,
    });
    const addAction = (programmeId: string, description: string, due: string) =>
      request(app)
        .post(`/programmes/${programmeId}/actions`)
        .set('Authorization', as(COACH))
        .send({ description, owner: OWNER, measure: 'Seen', dueDate: due })
        .then(ok(201));
    const soon = await addAction(release.id, 'Publish the CAB agenda', on(2));
    const late = await addAction(release.id, 'Agree change models', on(-1));
    await addAction(release.id, 'Automate the schedule', on(30));
    await addAction(archived.id, 'Archived and late', on(-5));
    await knex('csip_programmes')
      .where({ id: archived.id })
      .update({ archived: true });

    await knex('csip_follow_ups').insert({
      id: 'follow-up-1',
      programme_id: release.id,
      process: 'change',
      text: 'Try the standard change model on two patches',
      owner: OWNER,
      follow_up_on: on(0),
      recorded_by: COACH,
      created_at: new Date().toISOString(),
    });
    await request(app)
      .post(`/programmes/${release.id}/scope/versions`)
      .set('Authorization', as(COACH))
      .send({
        processes: [
          {
            process: 'change',
            baselineLevel: 1,
            targetLevel: 3,
            targetDate: '2027-06-30',
          },
        ],
      })
      .then(ok(201));
    const decision = await request(app)
      .post(`/programmes/${release.id}/approach/decisions`)
      .set('Authorization', as(LEAD))
      .send({
        approach: 'diy-with-coaching',
        rationale: 'The team wants to own the changes, with a coach beside it.',
        revisitOn: on(-1),
      })
      .then(ok(201));

    const publishReview = async (
      date: string,
      ledBy: string,
      ratings: object[],
    ) => {
      const draft = await request(app)
        .post(`/programmes/${capacity.id}/reviews`)
        .set('Authorization', as(COACH))
        .send({
          process: 'change',
          date,
          ledBy,
          participants: ['Priya Nair'],
          evidence: ['interview'],
          ratings,
          strengths: ['Every change has a record before it is made.'],
          observations: [],
          suggestions: [],
          actions: [],
        })
        .then(ok(201));
      return request(app)
        .post(`/reviews/${draft.id}/publish`)
        .set('Authorization', as(COACH))
        .send({ version: draft.version })
        .then(ok(200));
    };
    await publishReview(on(-120), 'coach', LEVEL_2);
    const drop = await publishReview(on(-100), 'team', LEVEL_1);
    expect(drop.level).toBe(1);

    return {
      ...testApp,
      release,
      capacity,
      soon,
      late,
      decision,
      drop,
    };
  }

  const user = (ref: string) => ref.toLocaleLowerCase('en-US');

  it('sends each kind of reminder once, to the right people, and none twice', async () => {
    const ctx = await setup();
    const { knex, release, capacity, soon, late, decision, drop } = ctx;
    const { notifications, sent, keys } = fakeNotifications();

    const first = await sendReminders({
      knex,
      notifications,
      model: MODEL,
      config: config(),
      now: NOW,
      batch: 1,
    });
    const [owner, sponsor, lead, coach] = [OWNER, SPONSOR, LEAD, COACH].map(
      user,
    );
    expect(keys().sort()).toEqual(
      [
        `action-due-soon ${soon.id} ${owner}`,
        `action-overdue ${late.id} ${owner}`,
        `follow-up-due follow-up-1 ${owner}`,
        `agreement-pending ${release.id}%3A1 ${sponsor}`,
        `decision-revisit ${decision.id} ${lead}`,
        `decision-revisit ${decision.id} ${sponsor}`,
        `sustain-lapsed ${capacity.id} ${lead}`,
        `sustain-lapsed ${capacity.id} ${coach}`,
        `level-drop ${drop.id} ${lead}`,
        `level-drop ${drop.id} ${sponsor}`,
        `level-drop ${drop.id} ${coach}`,
      ].sort(),
    );
    expect(first).toEqual({ sent: 11, queued: 0, digests: 0 });
    for (const n of sent) {
      expect(n.recipients).toEqual({
        type: 'entity',
        entityRef: expect.stringMatching(/^user:default\//),
      });
      expect(n.payload).toMatchObject({
        topic: 'csip-reminder',
        link: expect.stringMatching(/^\/csip\/programmes\/[^/?]+(\?tab=\w+)?$/),
      });
    }
    const overdue = sent.find(n => n.payload.scope?.includes(late.id))!;
    expect(overdue.payload).toMatchObject({
      title: 'Action overdue: Agree change models',
      link: `/csip/programmes/${release.id}?tab=actions`,
      severity: 'high',
      scope: reminderScope({
        kind: 'action-overdue',
        subject: late.id,
        recipient: user(OWNER),
        occasion: on(-1),
      }),
    });
    expect(
      sent.find(n => n.payload.scope?.includes('sustain-lapsed'))!.payload
        .description,
    ).toContain(`was due on ${on(-10)}`);
    expect(
      sent.find(n => n.payload.scope?.includes('level-drop'))!.payload,
    ).toMatchObject({
      title: 'A level fell: Change management in Capacity CSIP',
      link: `/csip/programmes/${capacity.id}?tab=reviews`,
    });

    // The same run again, and an hour later: nothing new.
    expect(
      await sendReminders({
        knex,
        notifications,
        model: MODEL,
        config: config(),
        now: NOW,
      }),
    ).toEqual({ sent: 0, queued: 0, digests: 0 });
    await sendReminders({
      knex,
      notifications,
      model: MODEL,
      config: config(),
      now: new Date(NOW.getTime() + 3_600_000),
    });
    expect(sent).toHaveLength(11);
  });

  it('sends a person at most maxSinglePerRun single reminders from a run, the rest in one digest', async () => {
    const { knex } = await setup();
    const { notifications, sent, keys } = fakeNotifications();
    const [owner, sponsor, lead, coach] = [OWNER, SPONSOR, LEAD, COACH].map(
      user,
    );
    const to = (ref: string) =>
      sent.filter(
        n => n.recipients.type === 'entity' && n.recipients.entityRef === ref,
      );

    // One programme a page: each person's count runs across the pages.
    const run = await sendReminders({
      knex,
      notifications,
      model: MODEL,
      config: config({ maxSinglePerRun: 2 }),
      now: NOW,
      batch: 1,
    });
    // Omar, Dana and Priya have three each, Alex two: of the eleven, three
    // wait for the run's digests.
    expect(run).toEqual({ sent: 8, queued: 3, digests: 3 });
    for (const ref of [owner, sponsor, lead]) {
      const theirs = to(ref);
      expect(theirs).toHaveLength(3);
      expect(theirs[2].payload).toMatchObject({
        title: 'Your CSIP Coach reminders: 1 since the last digest',
        link: '/csip?tab=for-you',
        topic: 'csip-reminder',
      });
    }
    expect(to(coach).map(n => n.payload.title)).not.toContainEqual(
      expect.stringMatching(/^Your/),
    );
    // Every reminder reached its person once: as a single or in a digest.
    const listed = sent
      .filter(n => n.payload.title.startsWith('Your'))
      .flatMap(n => n.payload.description!.split('\n'));
    expect(listed).toHaveLength(3);
    expect(keys().filter(k => !k.startsWith('digest'))).toHaveLength(8);
    const waiting = await knex('csip_reminders')
      .whereNull('delivered_at')
      .count({ n: '*' })
      .first();
    expect(Number(waiting?.n)).toBe(0);

    // The next run has nothing new; 0 sends every reminder in a digest.
    expect(
      await sendReminders({
        knex,
        notifications,
        model: MODEL,
        config: config({ maxSinglePerRun: 2 }),
        now: NOW,
      }),
    ).toEqual({ sent: 0, queued: 0, digests: 0 });
    await knex('csip_reminders').delete();
    const all = fakeNotifications();
    expect(
      await sendReminders({
        knex,
        notifications: all.notifications,
        model: MODEL,
        config: config({ maxSinglePerRun: 0 }),
        now: NOW,
      }),
    ).toEqual({ sent: 0, queued: 11, digests: 4 });
    expect(all.sent.map(n => n.payload.title).sort()).toEqual([
      'Your CSIP Coach reminders: 2 since the last digest',
      'Your CSIP Coach reminders: 3 since the last digest',
      'Your CSIP Coach reminders: 3 since the last digest',
      'Your CSIP Coach reminders: 3 since the last digest',
    ]);
  });

  it('sends none when disabled, and none of a kind turned off', async () => {
    const { knex, late } = await setup();
    const { notifications, sent, keys } = fakeNotifications();
    expect(
      await sendReminders({
        knex,
        notifications,
        model: MODEL,
        config: config({ enabled: false }),
        now: NOW,
      }),
    ).toEqual({ sent: 0, queued: 0, digests: 0 });
    expect(sent).toEqual([]);
    expect(await knex('csip_reminders').select()).toEqual([]);

    const kinds = {
      'action-due-soon': false,
      'follow-up-due': false,
      'agreement-pending': false,
      'decision-revisit': false,
      'sustain-lapsed': false,
      'level-drop': false,
    };
    await sendReminders({
      knex,
      notifications,
      model: MODEL,
      config: config({ kinds }),
      now: NOW,
    });
    expect(keys()).toEqual([`action-overdue ${late.id} ${user(OWNER)}`]);
  });

  it('reminds again when the occasion changes: a new due date', async () => {
    const { app, knex, soon } = await setup();
    const { notifications, keys } = fakeNotifications();
    await sendReminders({
      knex,
      notifications,
      model: MODEL,
      config: config(),
      now: NOW,
    });
    const before = keys().length;

    const moved = await request(app)
      .patch(`/actions/${soon.id}`)
      .set('Authorization', as(COACH))
      .send({ version: soon.version, dueDate: on(1) });
    expect(moved.status).toBe(200);
    await sendReminders({
      knex,
      notifications,
      model: MODEL,
      config: config(),
      now: NOW,
    });
    expect(keys().slice(before)).toEqual([
      `action-due-soon ${soon.id} ${user(OWNER)}`,
    ]);
    // And once it is overdue, that is news too.
    await sendReminders({
      knex,
      notifications,
      model: MODEL,
      config: config(),
      now: later(2),
    });
    expect(keys().slice(before + 1)).toEqual([
      `action-overdue ${soon.id} ${user(OWNER)}`,
    ]);
  });

  it('tries again on the next run when a notification could not be sent', async () => {
    const { knex } = await setup();
    const { notifications, sent } = fakeNotifications();
    notifications.fail = true;
    expect(
      await sendReminders({
        knex,
        notifications,
        model: MODEL,
        config: config(),
        now: NOW,
      }),
    ).toMatchObject({ sent: 0 });
    expect(await knex('csip_reminders').select()).toEqual([]);
    notifications.fail = false;
    await sendReminders({
      knex,
      notifications,
      model: MODEL,
      config: config(),
      now: NOW,
    });
    expect(sent).toHaveLength(11);
  });

  it('sends each reminder once when several runs decide at the same moment', async () => {
    const { knex } = await setup();
    const { notifications, sent } = fakeNotifications();
    // Other instances: their own clients (pools) on the same database; an
    // in-memory SQLite database exists once per client, so there the runs
    // share one.
    const others: Knex[] =
      databaseId === 'SQLITE_3'
        ? []
        : [1, 2].map(() =>
            knexFactory({ ...knex.client.config, pool: { min: 0, max: 3 } }),
          );
    try {
      const runs = await Promise.all(
        [knex, knex, ...others].map(client =>
          sendReminders({
            knex: client,
            notifications,
            model: MODEL,
            config: config(),
            now: NOW,
          }),
        ),
      );
      expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(11);
      expect(new Set(sent.map(n => n.payload.scope)).size).toBe(11);
      expect(sent).toHaveLength(11);
      // A later run of another instance, without the scheduler: nothing.
      await sendReminders({
        knex: others[0] ?? knex,
        notifications,
        model: MODEL,
        config: config(),
        now: later(0.5),
      });
      expect(sent).toHaveLength(11);
    } finally {
      await Promise.all(others.map(c => c.destroy()));
    }
  });

  describe('weekly digest', () => {
    const digestOf = (n: NotificationSendOptions) =>
      n.payload.description!.split('\n');

    it('queues the reminders of people on the digest and sends them one a week', async () => {
      const { knex, release } = await setup();
      const { notifications, sent } = fakeNotifications();
      const store = new DatabaseReminderStore(knex);
      await store.putDelivery(user(OWNER), 'weekly-digest', NOW.toISOString());

      // Omar's first digest goes out at once: three waiting.
      const first = await sendReminders({
        knex,
        notifications,
        model: MODEL,
        config: config(),
        now: NOW,
      });
      expect(first).toEqual({ sent: 8, queued: 3, digests: 1 });
      const mine = sent.filter(
        n =>
          n.recipients.type === 'entity' &&
          n.recipients.entityRef === user(OWNER),
      );
      expect(mine).toHaveLength(1);
      expect(mine[0].payload).toMatchObject({
        title: 'Your CSIP Coach reminders: 3 since the last digest',
        topic: 'csip-reminder',
        link: '/csip?tab=for-you',
      });
      expect(digestOf(mine[0])).toEqual(
        expect.arrayContaining([
          '• Action overdue: Agree change models',
          '• Action due soon: Publish the CAB agenda',
        ]),
      );

      // Two more of his during the week: none sent before the 7 days.
      await knex('csip_follow_ups').insert(
        [2, 3].map(n => ({
          id: `follow-up-${n}`,
          programme_id: release.id,
          process: 'change',
          text: `Commitment ${n}`,
          owner: OWNER,
          follow_up_on: on(n),
          recorded_by: COACH,
          created_at: new Date().toISOString(),
        })),
      );
      for (const day of [1, 2, 3, 4, 5, 6, 6.9]) {
        await sendReminders({
          knex,
          notifications,
          model: MODEL,
          config: config(),
          now: later(day),
        });
      }
      expect(sent.filter(n => n.payload.title.startsWith('Your'))).toHaveLength(
        1,
      );
      const week = await sendReminders({
        knex,
        notifications,
        model: MODEL,
        config: config(),
        now: later(7),
      });
      expect(week.digests).toBe(1);
      const digests = sent.filter(n => n.payload.title.startsWith('Your'));
      expect(digests).toHaveLength(2);
      // The week's news: the two commitments, and the action that was due
      // soon is now overdue.
      expect(digests[1].payload.title).toBe(
        'Your CSIP Coach reminders: 3 since the last digest',
      );
      expect(digestOf(digests[1])).toEqual([
        '• Follow-up due: Commitment 2',
        '• Action overdue: Publish the CAB agenda',
        '• Follow-up due: Commitment 3',
      ]);
      // Nothing waits any more; the next week has nothing to send.
      await sendReminders({
        knex,
        notifications,
        model: MODEL,
        config: config(),
        now: later(15),
      });
      expect(sent.filter(n => n.payload.title.startsWith('Your'))).toHaveLength(
        2,
      );
    });

    it('follows the portal default until people choose, and sends a digest once across runs', async () => {
      const { knex } = await setup();
      const { notifications, sent } = fakeNotifications();
      const weekly = config({ delivery: 'weekly-digest' });
      const runs = await Promise.all(
        [1, 2, 3].map(() =>
          sendReminders({
            knex,
            notifications,
            model: MODEL,
            config: weekly,
            now: NOW,
          }),
        ),
      );
      // Everyone's reminders, one digest each: Omar, Dana, Priya, Alex.
      expect(runs.reduce((n, r) => n + r.queued, 0)).toBe(11);
      expect(runs.reduce((n, r) => n + r.digests, 0)).toBe(4);
      expect(sent).toHaveLength(4);
      expect(
        sent.map(n => n.recipients.type === 'entity' && n.recipients.entityRef),
      ).toEqual(
        expect.arrayContaining([OWNER, SPONSOR, LEAD, COACH].map(user)),
      );
      // Someone who then chooses each reminder as it comes gets what waits
      // at once; nothing waits here, so nothing more is sent.
      await new DatabaseReminderStore(knex).putDelivery(
        user(SPONSOR),
        'each',
        NOW.toISOString(),
      );
      await sendReminders({
        knex,
        notifications,
        model: MODEL,
        config: weekly,
        now: later(1),
      });
      expect(sent).toHaveLength(4);
    });
  });
});
