import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { createStores } from '../database/createStores';
import {
  countProgrammesNeedingStatus,
  findProgrammesNeedingStatus,
} from '../database/staleStatus';
import { backfillProgrammeStatus } from './backfillProgrammeStatus';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'backfillProgrammeStatus on %s',
  databaseId => {
    async function setUp(count: number) {
      const knex = await databases.init(databaseId);
      const stores = await createStores(mockServices.database({ knex }));
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const p = await stores.programmes.createProgramme({
          title: `Programme ${i}`,
          vision: '',
          driver: 'operational',
          businessDrivers: [],
          ownerRef: 'group:default/ops',
          members: [{ userRef: 'user:default/ada', role: 'lead' }],
          createdBy: 'user:default/ada',
        });
        ids.push(p.id);
      }
      // The refresh under test only records what it was asked and stamps
      // the status row as fresh.
      const refreshed: string[] = [];
      const refresh = async (id: string) => {
        refreshed.push(id);
        await stores.status.upsert(id, {
          scopeStatus: 'draft',
          levels: [],
          score: 0,
          ready: false,
          blockers: 0,
          summitPercent: null,
          summitCamp: 'start',
          sustainDueOn: null,
          sustainLapsed: false,
          levelDrops: [],
        });
      };
      return { knex, stores, ids, refresh, refreshed };
    }

    it('recomputes missing and stale status rows, page by page, and leaves fresh ones', async () => {
      const { knex, ids, refresh, refreshed } = await setUp(7);
      // Everything starts fresh.
      for (const id of ids) await refresh(id);
      refreshed.length = 0;
      // Two rows are stale (their programme changed after them), one is gone.
      const later = new Date(Date.now() + 60_000).toISOString();
      await knex('csip_programmes')
        .whereIn('id', [ids[1], ids[5]])
        .update({ updated_at: later });
      await knex('csip_programme_status')
        .where({ programme_id: ids[3] })
        .delete();
      expect(await countProgrammesNeedingStatus(knex)).toEqual({
        missing: 1,
        stale: 2,
      });
      // A refresh stamps refreshed_at with now, which is before `later`:
      // make the stale programmes' change time the past again once refreshed.
      const refreshAndSettle = async (id: string) => {
        await knex('csip_programmes')
          .where({ id })
          .update({ updated_at: new Date(Date.now() - 1000).toISOString() });
        await refresh(id);
      };

      const chunks: string[][] = [];
      const count = await backfillProgrammeStatus({
        knex,
        refresh: async chunk => {
          chunks.push([...chunk]);
          for (const id of chunk) await refreshAndSettle(id);
        },
        batch: 2,
        together: 1,
      });
      expect(count).toBe(3);
      expect(chunks.every(c => c.length === 1)).toBe(true);
      expect(new Set(refreshed)).toEqual(new Set([ids[1], ids[3], ids[5]]));
      expect(await countProgrammesNeedingStatus(knex)).toEqual({
        missing: 0,
        stale: 0,
      });
      expect(await findProgrammesNeedingStatus(knex, { limit: 10 })).toEqual(
        [],
      );
    });

    it('visits each programme once per run even when a refresh does not help', async () => {
      const { knex, ids, refreshed } = await setUp(5);
      const failing = async (chunk: readonly string[]) => {
        refreshed.push(...chunk);
      };
      expect(
        await backfillProgrammeStatus({ knex, refresh: failing, batch: 2 }),
      ).toBe(5);
      expect(refreshed.sort()).toEqual([...ids].sort());
    });

    it('stops when its signal aborts', async () => {
      const { knex, refreshed } = await setUp(4);
      const controller = new AbortController();
      const abortAfterOne = async (chunk: readonly string[]) => {
        refreshed.push(...chunk);
        controller.abort();
      };
      expect(
        await backfillProgrammeStatus({
          knex,
          refresh: abortAfterOne,
          signal: controller.signal,
          batch: 4,
          together: 1,
        }),
      ).toBe(1);
    });
  },
);
