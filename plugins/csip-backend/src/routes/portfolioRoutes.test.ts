import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  addWeeks,
  type PortfolioRollup,
  weekStart,
} from '@csip-coach/plugin-csip-common';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { testCatalog, TEST_CATALOG_REFS } from '../__testUtils__/testCatalog';
import { DatabasePortfolioSnapshotStore } from '../database/DatabasePortfolioSnapshotStore';
import {
  DatabaseProgrammeStatusStore,
  ProgrammeStatus,
} from '../database/DatabaseProgrammeStatusStore';
import { takePortfolioSnapshot } from '../tasks/takePortfolioSnapshot';
import { whereRole } from '../__testUtils__/portalPolicy';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const LEAD = 'user:default/priya.change';
const OTHER_LEAD = 'user:default/lee.lead';
const as = (ref: string) => mockCredentials.user.header(ref);

/**
 * it-department > it-operations > platform-team; it-department >
 * service-desk; ops stands alone.
 */
const catalog = testCatalog(
  [
    ...TEST_CATALOG_REFS,
    'group:default/it-department',
    'group:default/platform-team',
  ],
  {
    'group:default/it-operations': 'it-department',
    'group:default/service-desk': 'group:default/it-department',
    'group:default/platform-team': 'it-operations',
  },
);

const status = (
  level: number | null,
  target: number | null,
  ready = false,
): ProgrammeStatus => ({
  scopeStatus: 'agreed',
  levels: [{ process: 'change', level, target }],
  score: 40,
  ready,
  blockers: 0,
  summitPercent: null,
  summitCamp: 'start',
  sustainDueOn: null,
  sustainLapsed: false,
  levelDrops: [],
});

const byTitle = (body: PortfolioRollup) =>
  Object.fromEntries(body.groups.map(g => [g.title, g]));

describe.each(databases.eachSupportedId())(
  'GET /portfolio/rollup on %s',
  databaseId => {
    async function setup(
      permissions = mockServices.permissions({
        result: AuthorizeResult.ALLOW,
      }),
    ) {
      const testApp = await createTestApp({
        databases,
        databaseId,
        catalog,
        permissions,
      });
      const statuses = new DatabaseProgrammeStatusStore(testApp.knex);
      /** A programme of `owner` led by `lead`, its status set as given. */
      const programme = async (
        owner: string,
        s: ProgrammeStatus,
        lead = LEAD,
      ) => {
        const { id } = await givenProgramme({
          testApp,
          title: `Of ${owner}`,
          ownerRef: owner,
          roles: { [lead]: 'lead' },
        });
        await statuses.upsert(id, s);
        return id;
      };
      const ids = {
        platform: await programme('group:default/platform-team', status(2, 3)),
        ops: await programme(
          'group:default/it-operations',
          status(3, 3, true),
          OTHER_LEAD,
        ),
        desk: await programme('group:default/service-desk', status(null, 2)),
        department: await programme(
          'group:default/it-department',
          status(1, 2),
        ),
        system: await programme('system:default/payments', status(0, 1)),
        archived: await programme('group:default/platform-team', status(5, 5)),
      };
      await testApp
        .knex('csip_programmes')
        .where({ id: ids.archived })
        .update({ archived: true });
      const get = (query = '', who = LEAD) =>
        request(testApp.app)
          .get(`/portfolio/rollup${query}`)
          .set('Authorization', as(who));
      return { ...testApp, ids, get };
    }

    it('rolls up the top-level groups, with every programme below each', async () => {
      const { get } = await setup();
      const res = await get();
      expect(res.status).toBe(200);
      expect(res.body.group).toBeNull();
      expect(res.body.processes).toEqual([
        'change',
        'configuration',
        'release',
      ]);
      // The system's programme is under no group; the archived one not at all.
      expect(res.body.unassigned).toBe(1);
      const rows = byTitle(res.body);
      expect(Object.keys(rows).sort()).toEqual(['it-department', 'ops']);
      expect(rows['it-department']).toMatchObject({
        groupRef: 'group:default/it-department',
        hasChildren: true,
        programmes: 4,
        ready: 1,
        meanScore: 40,
      });
      expect(rows['it-department'].cells[0]).toEqual({
        process: 'change',
        programmes: 4,
        rated: 3,
        meanLevel: 2,
        meanTarget: 2.5,
        atTarget: 1,
      });
      expect(rows.ops).toMatchObject({ hasChildren: false, programmes: 0 });
    });

    it('rolls grandchild programmes into the child, the group’s own unassigned', async () => {
      const { get } = await setup();
      const res = await get('?group=group:default/it-department');
      expect(res.status).toBe(200);
      expect(res.body.group).toEqual({
        groupRef: 'group:default/it-department',
        title: 'it-department',
        parentRef: null,
      });
      expect(res.body.unassigned).toBe(1);
      const rows = byTitle(res.body);
      expect(rows['it-operations']).toMatchObject({
        hasChildren: true,
        programmes: 2,
      });
      expect(rows['it-operations'].cells[0]).toMatchObject({
        meanLevel: 2.5,
        atTarget: 1,
      });
      expect(rows['service-desk']).toMatchObject({
        hasChildren: false,
        programmes: 1,
      });

      const down = await get('?group=group:default/it-operations');
      expect(down.body.group.parentRef).toBe('group:default/it-department');
      expect(down.body.groups.map((g: { title: string }) => g.title)).toEqual([
        'platform-team',
      ]);
      expect(down.body.unassigned).toBe(1);
    });

    it('answers 404 for a group the catalog does not have', async () => {
      const { get } = await setup();
      const res = await get('?group=group:default/no-such-group');
      expect(res.status).toBe(404);
      expect(res.body.error.message).toMatch(/group:default\/no-such-group/);
    });

    it.each(['user:default/ada', 'not-a-ref'])(
      'answers 400 for group=%s',
      async group => {
        const { get } = await setup();
        const res = await get(`?group=${encodeURIComponent(group)}`);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/group/);
      },
    );

    it('counts only the programmes the caller may read', async () => {
      const permissions = mockServices.permissions.mock({
        authorize: async requests =>
          requests.map(() => ({ result: AuthorizeResult.ALLOW })),
        authorizeConditional: async () => [whereRole([OTHER_LEAD], ['lead'])],
      });
      const { get, knex } = await setup(permissions);
      await takePortfolioSnapshot({
        store: new DatabasePortfolioSnapshotStore(knex),
      });
      const res = await get('?group=group:default/it-department', OTHER_LEAD);
      expect(res.status).toBe(200);
      const rows = byTitle(res.body);
      expect(rows['it-operations'].programmes).toBe(1);
      expect(rows['service-desk'].programmes).toBe(0);
      expect(res.body.unassigned).toBe(0);
      expect(res.body.history).toEqual([
        expect.objectContaining({ programmes: 1, ready: 1, atTarget: 1 }),
      ]);
    });

    it('takes one snapshot per programme per week, however often it runs', async () => {
      const { knex, ids } = await setup();
      const store = new DatabasePortfolioSnapshotStore(knex);
      const now = new Date('2026-12-02T10:00:00Z');
      expect(await takePortfolioSnapshot({ store, now, batch: 2 })).toBe(5);
      await new DatabaseProgrammeStatusStore(knex).upsert(
        ids.desk,
        status(2, 2),
      );
      expect(await takePortfolioSnapshot({ store, now, batch: 2 })).toBe(5);
      const rows = await knex('csip_portfolio_snapshots').select();
      expect(rows).toHaveLength(5);
      expect(new Set(rows.map(r => r.week))).toEqual(new Set(['2026-11-30']));
      expect(rows.map(r => r.programme_id)).not.toContain(ids.archived);
      // The last run of the week wins.
      const desk = rows.find(r => r.programme_id === ids.desk);
      expect(JSON.parse(desk.status).levels[0].level).toBe(2);
    });

    it('gives the history of the last 26 weeks under the group, oldest first', async () => {
      const { get, knex, ids } = await setup();
      const store = new DatabasePortfolioSnapshotStore(knex);
      const thisWeek = weekStart(new Date());
      const snapshot = (
        back: number,
        programmeId: string,
        ownerRef: string,
        s: ProgrammeStatus,
      ) => ({
        week: addWeeks(thisWeek, -back),
        programmeId,
        ownerRef,
        status: s,
      });
      await store.putSnapshots(
        [
          snapshot(
            26,
            ids.platform,
            'group:default/platform-team',
            status(0, 3),
          ),
          snapshot(
            2,
            ids.platform,
            'group:default/platform-team',
            status(1, 3),
          ),
          snapshot(2, ids.ops, 'group:default/it-operations', status(2, 3)),
          snapshot(
            1,
            ids.platform,
            'group:default/platform-team',
            status(2, 3),
          ),
          // Then owned elsewhere: not in the department's history.
          snapshot(1, ids.ops, 'group:default/ops', status(3, 3)),
        ],
        { existing: 'keep' },
      );
      await takePortfolioSnapshot({ store });

      const res = await get('?group=group:default/it-department');
      expect(res.status).toBe(200);
      const { history } = res.body as PortfolioRollup;
      expect(history.map(w => w.week)).toEqual([
        addWeeks(thisWeek, -2),
        addWeeks(thisWeek, -1),
        thisWeek,
      ]);
      expect(history[0]).toEqual({
        week: addWeeks(thisWeek, -2),
        programmes: 2,
        ready: 0,
        rated: 2,
        atTarget: 0,
        meanLevels: [
          { process: 'change', meanLevel: 1.5 },
          { process: 'configuration', meanLevel: null },
          { process: 'release', meanLevel: null },
        ],
      });
      expect(history[1].programmes).toBe(1);
      expect(history[2].programmes).toBe(4);

      const top = await get();
      expect(
        top.body.history.map((w: { programmes: number }) => w.programmes),
      ).toEqual([2, 2, 5]);
    });
  },
);
