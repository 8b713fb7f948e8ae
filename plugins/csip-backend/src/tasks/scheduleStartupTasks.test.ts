import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ConflictError } from '@backstage/errors';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { createStores } from '../database/createStores';
import { countProgrammesNeedingStatus } from '../database/staleStatus';
import { readMaturityModel } from '../maturity/readMaturityModel';
import { csipPlugin } from '../plugin';
import { readReminderConfig } from '../reminders/readReminderConfig';
import { DatabasePortfolioSnapshotStore } from '../database/DatabasePortfolioSnapshotStore';
import {
  DEMO_SEED_TASK,
  PORTFOLIO_SNAPSHOT_TASK,
  REMINDERS_TASK,
  scheduleStartupTasks,
  STATUS_BACKFILL_TASK,
} from './scheduleStartupTasks';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'start-up tasks on %s',
  databaseId => {
    it('recomputes missing and stale status rows when the plugin starts', async () => {
      const knex = await databases.init(databaseId);
      const stores = await createStores(mockServices.database({ knex }));
      const ids: string[] = [];
      for (const title of ['One', 'Two', 'Three']) {
        const p = await stores.programmes.createProgramme({
          title,
          vision: '',
          driver: 'operational',
          businessDrivers: [],
          ownerRef: 'group:default/ops',
          members: [{ userRef: 'user:default/ada', role: 'lead' }],
          createdBy: 'user:default/ada',
        });
        ids.push(p.id);
      }
      // One status row from before the programme's last change, with a
      // score nothing would compute; the other two are missing.
      await stores.status.upsert(ids[0], {
        scopeStatus: 'agreed',
        levels: [],
        score: 99,
        ready: true,
        blockers: 0,
        summitPercent: 100,
        summitCamp: 'summit',
        sustainDueOn: null,
        sustainLapsed: false,
        levelDrops: [],
      });
      await knex('csip_programme_status')
        .where({ programme_id: ids[0] })
        .update({ refreshed_at: '2000-01-01T00:00:00.000Z' });
      expect(await countProgrammesNeedingStatus(knex)).toEqual({
        missing: 2,
        stale: 1,
      });

      const { server } = await startTestBackend({
        features: [csipPlugin, mockServices.database.factory({ knex })],
      });

      expect(await countProgrammesNeedingStatus(knex)).toEqual({
        missing: 0,
        stale: 0,
      });
      const list = await request(server).get('/api/csip/programmes');
      const first = list.body.items.find(
        (p: { id: string }) => p.id === ids[0],
      );
      expect(first.status).toMatchObject({
        scopeStatus: 'draft',
        score: 0,
        ready: false,
      });
    });
  },
);

describe('scheduleStartupTasks', () => {
  it('schedules both tasks globally and never waits for the seeding beyond its bound', async () => {
    const knex = await databases.init('SQLITE_3');
    await createStores(mockServices.database({ knex }));
    // A scheduler whose tasks never run, and whose trigger finds them
    // running elsewhere.
    const scheduler = mockServices.scheduler.mock();
    scheduler.triggerTask.mockRejectedValue(new ConflictError('running'));
    const logger = mockServices.logger.mock();
    const started = Date.now();
    await scheduleStartupTasks({
      scheduler,
      knex,
      model: readMaturityModel(new ConfigReader({})),
      logger,
      refresh: async () => {},
      demoData: true,
      seedWaitMs: 500,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({ id: STATUS_BACKFILL_TASK, scope: 'global' }),
    );
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({ id: DEMO_SEED_TASK, scope: 'global' }),
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('seeded in the background'),
    );
  });

  it('schedules the weekly portfolio snapshot globally, given the store', async () => {
    const knex = await databases.init('SQLITE_3');
    await createStores(mockServices.database({ knex }));
    const scheduler = mockServices.scheduler.mock();
    await scheduleStartupTasks({
      scheduler,
      knex,
      model: readMaturityModel(new ConfigReader({})),
      logger: mockServices.logger.mock(),
      refresh: async () => {},
      snapshots: new DatabasePortfolioSnapshotStore(knex),
      demoData: false,
    });
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: PORTFOLIO_SNAPSHOT_TASK,
        scope: 'global',
        frequency: { hours: 6 },
      }),
    );
  });

  it('schedules the reminders globally at the configured frequency, unless they are off', async () => {
    const knex = await databases.init('SQLITE_3');
    await createStores(mockServices.database({ knex }));
    const schedule = async (reminders: object) => {
      const scheduler = mockServices.scheduler.mock();
      await scheduleStartupTasks({
        scheduler,
        knex,
        model: readMaturityModel(new ConfigReader({})),
        logger: mockServices.logger.mock(),
        refresh: async () => {},
        reminders: {
          config: readReminderConfig(new ConfigReader({ csip: { reminders } })),
          notifications: { send: jest.fn() },
        },
        demoData: false,
      });
      return scheduler.scheduleTask.mock.calls.map(([task]) => task);
    };
    expect(await schedule({})).toContainEqual(
      expect.objectContaining({
        id: REMINDERS_TASK,
        scope: 'global',
        frequency: { minutes: 60 },
        initialDelay: { seconds: 120 },
      }),
    );
    expect(
      await schedule({ frequencyMinutes: 15, initialDelaySeconds: 0 }),
    ).toContainEqual(
      expect.objectContaining({
        id: REMINDERS_TASK,
        frequency: { minutes: 15 },
        initialDelay: { seconds: 0 },
      }),
    );
    expect(
      (await schedule({ enabled: false })).map(task => task.id),
    ).not.toContain(REMINDERS_TASK);
  });
});
