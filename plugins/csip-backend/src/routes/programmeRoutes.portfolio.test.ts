import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { backfillProgrammeStatus } from '../tasks/backfillProgrammeStatus';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { testCatalogEntities } from '../__testUtils__/testCatalog';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const as = (ref: string) => mockCredentials.user.header(ref);
const coach = as('user:default/alex.coach');
const sponsor = as('user:default/dana.sponsor');

const scope = {
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
  ],
};

describe.each(databases.eachSupportedId())('portfolio on %s', databaseId => {
  /** Three programmes in different states, created through the API. */
  async function setup(
    permissions?: Parameters<typeof createTestApp>[0]['permissions'],
  ) {
    const ctx = await createTestApp({ databases, databaseId, permissions });
    const { app } = ctx;
    const create = async (title: string, ownerRef: string) =>
      (
        await givenProgramme({
          testApp: ctx,
          title,
          ownerRef,
          roles: {
            'user:default/alex.coach': 'coach',
            'user:default/dana.sponsor': 'sponsor',
          },
          createdBy: 'user:default/alex.coach',
        })
      ).id;
    const alpha = await create(
      'Alpha change CSIP',
      'group:default/it-operations',
    );
    const beta = await create(
      'Beta release CSIP',
      'group:default/service-desk',
    );
    const gamma = await create('Gamma config CSIP', 'system:default/payments');

    // Alpha: decided, scope agreed, in implement, a level-2 review, an overdue action.
    await request(app)
      .post(`/programmes/${alpha}/approach/decisions`)
      .set('Authorization', sponsor)
      .send({ approach: 'diy-with-coaching', rationale: 'Keep the know-how' });
    await request(app)
      .post(`/programmes/${alpha}/scope/versions`)
      .set('Authorization', coach)
      .send(scope);
    await request(app)
      .post(`/programmes/${alpha}/scope/versions/1/agreements`)
      .set('Authorization', sponsor)
      .send({ decision: 'agree' });
    await request(app)
      .post(`/programmes/${alpha}/phase`)
      .set('Authorization', coach)
      .send({ to: 'implement' });
    const review = await request(app)
      .post(`/programmes/${alpha}/reviews`)
      .set('Authorization', coach)
      .send({
        process: 'change',
        date: '2026-11-01',
        ratings: [1, 2, 3, 4].flatMap(n => [
          { criterionId: `change-1-${n}`, coach: 'F' },
          { criterionId: `change-2-${n}`, coach: 'L' },
        ]),
      });
    await request(app)
      .post(`/reviews/${review.body.id}/publish`)
      .set('Authorization', coach)
      .send({ version: review.body.version });
    await request(app)
      .post(`/programmes/${alpha}/actions`)
      .set('Authorization', coach)
      .send({
        description: 'Overdue',
        owner: 'user:default/alex.coach',
        measure: 'Done',
        dueDate: '2020-01-01',
      });
    // Beta: decided done-to-you, scope awaiting agreement.
    await request(app)
      .post(`/programmes/${beta}/approach/decisions`)
      .set('Authorization', sponsor)
      .send({ approach: 'done-to-you', rationale: 'Urgent' });
    await request(app)
      .post(`/programmes/${beta}/scope/versions`)
      .set('Authorization', coach)
      .send(scope);
    return { ...ctx, alpha, beta, gamma };
  }

  const list = async (app: Parameters<typeof request>[0], query: string) => {
    const res = await request(app)
      .get(`/programmes?${query}`)
      .set('Authorization', coach);
    expect(res.status).toBe(200);
    return res.body as {
      items: Array<{ id: string; title: string; [k: string]: unknown }>;
      nextCursor?: string;
    };
  };

  it('lists each programme with its status, refreshed after every change', async () => {
    const { app, alpha, beta, gamma } = await setup();
    const { items } = await list(app, 'sort=title');
    expect(items.map(p => p.id)).toEqual([alpha, beta, gamma]);
    expect(items[0]).toMatchObject({
      phase: 'implement',
      approach: 'diy-with-coaching',
      overdueActions: 1,
      status: {
        scopeStatus: 'agreed',
        levels: [{ process: 'change', level: 2, target: 3 }],
        score: 0,
        ready: false,
        summitPercent: 50,
        summitCamp: 'base-camp',
      },
    });
    expect(items[1]).toMatchObject({
      approach: 'done-to-you',
      overdueActions: 0,
      status: { scopeStatus: 'awaiting-agreement', summitPercent: 0 },
    });
    expect(items[2]).toMatchObject({
      status: { scopeStatus: 'draft', levels: [], summitPercent: null },
    });
  });

  it('filters, sorts and pages in the database', async () => {
    const { app, alpha, beta, gamma } = await setup();
    const ids = async (query: string) =>
      (await list(app, query)).items.map(p => p.id);
    expect(await ids('phase=implement')).toEqual([alpha]);
    expect(await ids('scopeStatus=awaiting-agreement')).toEqual([beta]);
    expect(await ids('approach=done-to-you')).toEqual([beta]);
    expect(await ids('overdue=true')).toEqual([alpha]);
    expect(await ids('overdue=false&sort=title')).toEqual([beta, gamma]);
    expect(await ids('ready=false&sort=title')).toEqual([alpha, beta, gamma]);
    expect(await ids('ready=true')).toEqual([]);
    expect(await ids('owner=system:default/payments')).toEqual([gamma]);
    expect(await ids('q=release')).toEqual([beta]);
    expect(await ids('sort=title&order=desc')).toEqual([gamma, beta, alpha]);
    expect(await ids('sort=summit')).toEqual([alpha, beta, gamma]);
    expect(await ids('sort=phase&order=desc')).toEqual(
      expect.arrayContaining([alpha]),
    );
    expect((await ids('sort=phase&order=desc'))[0]).toBe(alpha);
    expect((await ids('sort=overdue'))[0]).toBe(alpha);

    const first = await list(app, 'sort=title&limit=2');
    expect(first.items.map(p => p.id)).toEqual([alpha, beta]);
    const second = await list(
      app,
      `sort=title&limit=2&cursor=${first.nextCursor}`,
    );
    expect(second.items.map(p => p.id)).toEqual([gamma]);
    expect(second.nextCursor).toBeUndefined();

    const bad = await request(app)
      .get('/programmes?sort=colour&ready=maybe&cursor=nope')
      .set('Authorization', coach);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('sort');
    expect(bad.body.error.message).toContain('ready');
  });

  it('exports the current filter as CSV', async () => {
    const { app } = await setup();
    const res = await request(app)
      .get('/programmes.csv?scopeStatus=agreed&sort=title')
      .set('Authorization', coach);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const rows = parse(res.text, { columns: true });
    expect(rows).toEqual([
      expect.objectContaining({
        Title: 'Alpha change CSIP',
        Owner: 'group:default/it-operations',
        'Owner name': 'it-operations',
        Phase: 'Implement',
        Approach: 'Do it yourself with coaching',
        'Scope status': 'Agreed by every approver',
        'Levels vs targets': 'Change management: 2 of 3',
        'Summit progress %': '50',
        'Summit camp': 'Base camp',
        'Knowledge-transfer score %': '0',
        'Exit readiness': expect.stringMatching(/^Not ready \(\d+ blockers\)$/),
        'Overdue actions': '1',
      }),
    ]);
    const all = await request(app)
      .get('/programmes.csv')
      .set('Authorization', coach);
    expect(parse(all.text, { columns: true })).toHaveLength(3);
  });

  it.each([
    ['enforce', ['IT Operations', 'Payments platform']],
    ['off', ['it-operations', 'payments']],
  ] as const)(
    'names each owner in the CSV from the catalog (catalogRefCheck %s)',
    async (catalogRefCheck, names) => {
      // The catalog knows a group by display name and a system by title.
      const entities = testCatalogEntities().map(entity => {
        if (entity.metadata.name === 'it-operations') {
          return {
            ...entity,
            metadata: { ...entity.metadata, title: 'IT Ops' },
            spec: { profile: { displayName: 'IT Operations' } },
          };
        }
        if (entity.metadata.name === 'payments') {
          return {
            ...entity,
            metadata: { ...entity.metadata, title: 'Payments platform' },
          };
        }
        return entity;
      });
      const ctx = await createTestApp({
        databases,
        databaseId,
        catalogRefCheck,
        catalog: catalogServiceMock({ entities }),
      });
      for (const [title, ownerRef] of [
        ['Alpha', 'group:default/it-operations'],
        ['Beta', 'system:default/payments'],
      ]) {
        await givenProgramme({
          testApp: ctx,
          title,
          ownerRef,
          roles: { 'user:default/alex.coach': 'coach' },
          createdBy: 'user:default/alex.coach',
        });
      }

      const res = await request(ctx.app)
        .get('/programmes.csv?sort=title')
        .set('Authorization', coach);
      expect(res.status).toBe(200);
      expect(
        parse(res.text, { columns: true }).map(
          (row: Record<string, string>) => [row.Owner, row['Owner name']],
        ),
      ).toEqual([
        ['group:default/it-operations', names[0]],
        ['system:default/payments', names[1]],
      ]);
    },
  );

  it('applies a conditional read policy in the query, so pages stay full', async () => {
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      authorizeConditional: async () => [
        {
          result: AuthorizeResult.CONDITIONAL,
          pluginId: 'csip',
          resourceType: 'csip-programme',
          conditions: {
            anyOf: [
              {
                rule: 'HAS_PROGRAMME_ROLE',
                resourceType: 'csip-programme',
                params: {
                  userRefs: ['user:default/priya.change'],
                  roles: ['lead'],
                },
              },
            ],
          },
        },
      ],
    });
    const testApp = await setup(permissions);
    const { app, knex } = testApp;
    // Many programmes Priya does not lead, and two she does.
    for (let i = 0; i < 5; i++) {
      await givenProgramme({
        testApp,
        title: `Other ${i}`,
        ownerRef: 'group:default/ops',
        roles: {},
        createdBy: 'user:default/someone',
      });
    }
    for (const title of ['Led A', 'Led B']) {
      await givenProgramme({
        testApp,
        title,
        ownerRef: 'group:default/ops',
        roles: { 'user:default/Priya.Change': 'lead' },
        createdBy: 'user:default/someone',
      });
    }
    expect(Number((await knex('csip_programmes').count('* as n'))[0].n)).toBe(
      10,
    );
    const page = await list(app, 'sort=title&limit=2');
    expect(page.items.map(p => p.title)).toEqual(['Led A', 'Led B']);
    expect(page.nextCursor).toBeUndefined();
  });

  it('computes the status of programmes that have none, and stays fast with thousands', async () => {
    const { app, knex, refresher } = await setup();
    const now = new Date().toISOString();
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      title: `Bulk programme ${String(i).padStart(4, '0')}`,
      vision: '',
      driver: 'operational',
      business_drivers: '[]',
      owner_ref: i % 2 ? 'group:default/it-operations' : 'group:default/ops',
      phase: ['establish', 'implement', 'review'][i % 3],
      archived: false,
      version: 1,
      created_by: 'user:default/bulk',
      created_at: now,
      updated_at: now,
    }));
    await knex.batchInsert('csip_programmes', rows, 500);
    await knex.batchInsert(
      'csip_programme_status',
      rows.slice(0, 2990).map((r, i) => ({
        programme_id: r.id,
        scope_status: i % 4 ? 'agreed' : 'draft',
        levels: '[]',
        score: i % 100,
        ready: i % 10 === 0,
        blockers: i % 10 === 0 ? 0 : 3,
        summit_percent: i % 101,
        summit_camp: 'start',
        refreshed_at: now,
      })),
      500,
    );
    // The last ten have no status yet: the start-up backfill computes it.
    const backfill = () =>
      backfillProgrammeStatus({ knex, refresh: refresher.refreshMany });
    expect(await backfill()).toBe(10);
    expect(await backfill()).toBe(0);

    const started = Date.now();
    const page = await list(
      app,
      'phase=implement&scopeStatus=agreed&ready=false&sort=score&order=desc&limit=50',
    );
    const csv = await request(app)
      .get('/programmes.csv?owner=group:default/it-operations&sort=summit')
      .set('Authorization', coach);
    const elapsed = Date.now() - started;
    expect(page.items).toHaveLength(50);
    expect(page.items[0].status).toMatchObject({ score: 99 });
    expect(parse(csv.text, { columns: true })).toHaveLength(1501);
    expect(elapsed).toBeLessThan(5000);
  });
});
