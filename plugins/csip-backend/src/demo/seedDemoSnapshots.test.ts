import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { createStores } from '../database/createStores';
import { DatabasePortfolioSnapshotStore } from '../database/DatabasePortfolioSnapshotStore';
import { readMaturityModel } from '../maturity/readMaturityModel';
import { seedDemoData } from './seedDemoData';
import { seedDemoSnapshots } from './seedDemoSnapshots';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'the demo portfolio history on %s',
  databaseId => {
    it('tells the levels the demo reviews reached by the end of each week, once', async () => {
      const knex = await databases.init(databaseId);
      const stores = await createStores(mockServices.database({ knex }));
      const logger = mockServices.logger.mock();
      const ids = await seedDemoData({
        knex,
        model: readMaturityModel(new ConfigReader({})),
        logger,
      });
      for (const id of ids) {
        await stores.status.upsert(id, {
          scopeStatus: 'agreed',
          levels: ['change', 'configuration', 'release'].map(process => ({
            process,
            level: 4,
            target: 3,
          })),
          score: 10,
          ready: false,
          blockers: 1,
          summitPercent: null,
          summitCamp: 'start',
          sustainDueOn: null,
          sustainLapsed: false,
          levelDrops: [],
        });
      }
      const titled = async (title: string) =>
        (await knex('csip_programmes').where({ title }).first('id')).id;
      // The demo's reviews of its Change management CSIP (other demo
      // programmes have reviews dated relative to today).
      const reviews = await knex('csip_reviews')
        .where({
          state: 'published',
          programme_id: await titled('Change management CSIP'),
        })
        .orderBy('review_date')
        .select('programme_id', 'process', 'review_date', 'level');
      // The demo's reviews: change in August and October, configuration in October.
      expect(reviews.map(r => [r.process, r.review_date])).toEqual([
        ['change', '2026-08-20'],
        ['change', '2026-10-22'],
        ['configuration', '2026-10-29'],
      ]);

      const now = new Date('2026-12-02T09:00:00Z');
      expect(await seedDemoSnapshots({ knex, now, logger })).toBe(
        8 * ids.length,
      );
      expect(await seedDemoSnapshots({ knex, now, logger })).toBe(0);

      const rows = await new DatabasePortfolioSnapshotStore(knex).listSnapshots(
        { since: '2000-01-01' },
      );
      expect([...new Set(rows.map(r => r.week))]).toEqual([
        '2026-10-05',
        '2026-10-12',
        '2026-10-19',
        '2026-10-26',
        '2026-11-02',
        '2026-11-09',
        '2026-11-16',
        '2026-11-23',
      ]);
      const reviewed = reviews[0].programme_id;
      const levelsOf = (week: string) =>
        rows
          .find(r => r.week === week && r.programmeId === reviewed)!
          .status.levels.map(l => [l.process, l.level]);
      expect(levelsOf('2026-10-12')).toEqual([
        ['change', reviews[0].level],
        ['configuration', null],
        ['release', null],
      ]);
      expect(levelsOf('2026-10-19')).toEqual([
        ['change', reviews[1].level],
        ['configuration', null],
        ['release', null],
      ]);
      expect(levelsOf('2026-10-26')).toEqual([
        ['change', reviews[1].level],
        ['configuration', reviews[2].level],
        ['release', null],
      ]);
      // The programmes without reviews: no level, today's targets.
      const serviceDesk = await titled('Service desk stabilisation');
      const other = rows.find(r => r.programmeId === serviceDesk)!;
      expect(other.status.levels.map(l => [l.level, l.target])).toEqual([
        [null, 3],
        [null, 3],
        [null, 3],
      ]);
    });
  },
);
