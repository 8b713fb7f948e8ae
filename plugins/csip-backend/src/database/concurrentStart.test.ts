import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import knexFactory, { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { isDemoDataSeeded, seedDemoData } from '../demo/seedDemoData';
import { readMaturityModel } from '../maturity/readMaturityModel';
import {
  applyDatabaseMigrations,
  getAppliedMigration,
  isConcurrentMigrationError,
  prepareSchedulerMigrations,
} from './applyDatabaseMigrations';
import { createStores } from './createStores';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const logger = mockServices.logger.mock();
const model = readMaturityModel(new ConfigReader({}));

/**
 * Separate clients (own connection pools) on the same database, as separate
 * backend instances would have. Only where the database is shared: an
 * in-memory SQLite database exists once per client.
 */
function otherInstances(knex: Knex, count: number): Knex[] {
  return Array.from({ length: count }, () =>
    knexFactory({ ...knex.client.config, pool: { min: 0, max: 3 } }),
  );
}

const latestMigration = async () => {
  const knex = await databases.init('SQLITE_3');
  await applyDatabaseMigrations(knex);
  return getAppliedMigration(knex);
};

describe('isConcurrentMigrationError', () => {
  it('retries what a concurrent migration gives and nothing else', () => {
    const locked = new Error('Migration table is already locked');
    locked.name = 'MigrationLocked';
    expect(isConcurrentMigrationError(locked)).toBe(true);
    expect(
      isConcurrentMigrationError(
        Object.assign(new Error('relation "x" already exists'), {
          code: '42P07',
        }),
      ),
    ).toBe(true);
    expect(
      isConcurrentMigrationError(
        Object.assign(new Error('duplicate key value'), { code: '23505' }),
      ),
    ).toBe(true);
    expect(
      isConcurrentMigrationError(new Error('syntax error at or near "x"')),
    ).toBe(false);
    expect(isConcurrentMigrationError(undefined)).toBe(false);
  });
});

describe.each(databases.eachSupportedId())(
  'start-up of several instances on %s',
  databaseId => {
    const shared = databaseId !== 'SQLITE_3';

    it('migrates once however many instances start together', async () => {
      const knex = await databases.init(databaseId);
      const clients = shared ? [knex, ...otherInstances(knex, 5)] : [knex];
      try {
        // Every instance runs its own migrations and the scheduler's
        // bookkeeping at the same moment; none of them may fail.
        await Promise.all(
          clients.flatMap(client => [
            createStores(mockServices.database({ knex: client }), {
              logger,
            }),
            prepareSchedulerMigrations(client, { logger }),
          ]),
        );
        expect(await getAppliedMigration(knex)).toBe(await latestMigration());
        const names: Array<{ name: string }> = await knex(
          'csip_knex_migrations',
        ).select('name');
        expect(new Set(names.map(n => n.name)).size).toBe(names.length);
        expect(
          await knex('csip_knex_migrations_lock').count({ n: '*' }),
        ).toEqual([{ n: shared ? '1' : 1 }]);
      } finally {
        await Promise.all(clients.slice(1).map(c => c.destroy()));
      }
    });

    it('recovers when two instances left two knex lock rows', async () => {
      const knex = await databases.init(databaseId);
      await knex.schema.createTable('csip_knex_migrations', t => {
        t.increments();
        t.string('name');
        t.integer('batch');
        t.timestamp('migration_time');
      });
      await knex.schema.createTable('csip_knex_migrations_lock', t => {
        t.increments('index').primary();
        t.integer('is_locked');
      });
      await knex('csip_knex_migrations_lock').insert([
        { is_locked: 0 },
        { is_locked: 0 },
      ]);
      await applyDatabaseMigrations(knex, { timeoutMs: 10_000 });
      expect(await getAppliedMigration(knex)).toBe(await latestMigration());
    });

    it('seeds the demo data once however many instances seed together', async () => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      const clients = shared ? [knex, ...otherInstances(knex, 3)] : [knex];
      try {
        const runs = await Promise.all(
          [...clients, ...clients].map(client =>
            seedDemoData({ knex: client, model, logger }),
          ),
        );
        // One run seeded the three programmes (and added the reviews to the
        // first); the others found the claim rows.
        expect(runs.filter(ids => ids.length > 0)).toHaveLength(1);
        expect(await isDemoDataSeeded(knex)).toBe(true);
        const stores = await createStores(mockServices.database({ knex }));
        const { items } = await stores.programmes.listProgrammes({
          limit: 100,
        });
        expect(items.map(p => p.title).sort()).toEqual([
          'Change and release at the contact centre',
          'Change management CSIP',
          'Configuration and release for the payments platform',
          'Service desk stabilisation',
        ]);
        const reviews = await stores.reviews.listReviews(
          items.find(p => p.title === 'Change management CSIP')!.id,
        );
        const again = await seedDemoData({ knex, model, logger });
        expect(again).toEqual([]);
        expect(
          (await stores.programmes.listProgrammes({ limit: 100 })).items,
        ).toHaveLength(4);
        expect(reviews.length).toBeGreaterThan(0);
      } finally {
        await Promise.all(clients.slice(1).map(c => c.destroy()));
      }
    });

    it('leaves nothing behind when a seeding fails half-way', async () => {
      const knex = await databases.init(databaseId);
      await applyDatabaseMigrations(knex);
      // A programme that makes the reviews step fail after the programmes
      // were created in the same transaction.
      await knex.schema.alterTable('csip_reviews', t => {
        t.string('not_there_before', 10).notNullable();
      });
      await expect(seedDemoData({ knex, model, logger })).rejects.toThrow();
      expect(await knex('csip_programmes').count({ n: '*' })).toEqual([
        { n: shared ? '0' : 0 },
      ]);
      expect(await knex('csip_meta').select('key')).toEqual([]);
    });
  },
);
