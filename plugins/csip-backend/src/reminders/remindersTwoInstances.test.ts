import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  notificationService,
  type NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import knexFactory, { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { testCatalogEntities } from '../__testUtils__/testCatalog';
import { csipPlugin } from '../plugin';
import { REMINDERS_TASK } from '../tasks/scheduleStartupTasks';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const catalog = catalogServiceMock.factory({ entities: testCatalogEntities() });
const OWNER = 'user:default/omar.ops';

/** The ISO date `days` from today (negative: in the past). */
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(databases.eachSupportedId())(
  'the reminders task of two backend instances on %s',
  databaseId => {
    it('sends each reminder once when both instances run it at once', async () => {
      const knex = await databases.init(databaseId);
      // The second instance has its own client (pool) on the same database;
      // an in-memory SQLite database exists once per client, so there they
      // share one.
      const other: Knex =
        databaseId === 'SQLITE_3'
          ? knex
          : knexFactory({ ...knex.client.config, pool: { min: 0, max: 3 } });
      const sent: NotificationSendOptions[] = [];
      const notifications = createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (options: NotificationSendOptions) => {
            sent.push(options);
          },
        }),
      });
      const instance = async (client: Knex) => {
        // The scheduler's lock is not what this is about: both run the task.
        const scheduler = mockServices.scheduler.mock();
        const backend = await startTestBackend({
          features: [
            csipPlugin,
            catalog,
            notifications,
            scheduler.factory,
            mockServices.database.factory({ knex: client }),
          ],
        });
        const task = scheduler.scheduleTask.mock.calls
          .map(([t]) => t)
          .find(t => t.id === REMINDERS_TASK)!;
        expect(task).toMatchObject({ scope: 'global' });
        return { ...backend, run: () => task.fn(new AbortController().signal) };
      };
      try {
        const [first, second] = [await instance(knex), await instance(other)];
        const as = mockCredentials.user.header('user:default/alex.coach');
        const programme = await request(first.server)
          .post('/api/csip/programmes')
          .set('Authorization', as)
          .send({
            title: 'Release CSIP',
            driver: 'operational',
            ownerRef: 'group:default/it-operations',
            members: [{ userRef: OWNER, role: 'member' }],
          });
        expect(programme.status).toBe(201);
        for (const [description, dueDate] of [
          ['Agree change models', inDays(-1)],
          ['Publish the CAB agenda', inDays(1)],
        ]) {
          const action = await request(first.server)
            .post(`/api/csip/programmes/${programme.body.id}/actions`)
            .set('Authorization', as)
            .send({ description, owner: OWNER, measure: 'Seen', dueDate });
          expect(action.status).toBe(201);
        }

        await Promise.all([first.run(), second.run(), first.run()]);
        await second.run();
        expect(sent.map(n => n.payload.title).sort()).toEqual([
          'Action due soon: Publish the CAB agenda',
          'Action overdue: Agree change models',
        ]);
        expect(sent.map(n => n.recipients)).toEqual([
          { type: 'entity', entityRef: OWNER },
          { type: 'entity', entityRef: OWNER },
        ]);
      } finally {
        if (other !== knex) await other.destroy();
      }
    });
  },
);
