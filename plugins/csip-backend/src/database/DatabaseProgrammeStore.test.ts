import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { createTestStores } from '../__testUtils__/createTestStores';
import { getAppliedMigration } from './applyDatabaseMigrations';
import { DatabaseProgrammeStatusStore } from './DatabaseProgrammeStatusStore';
import { NewProgramme } from './ProgrammeStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

function newProgramme(overrides: Partial<NewProgramme> = {}): NewProgramme {
  return {
    title: 'Service desk CSIP',
    vision: 'Fewer failed changes',
    driver: 'operational',
    businessDrivers: [{ text: 'Missed SLAs', visibility: 'obvious' }],
    ownerRef: 'group:default/it-operations',
    members: [
      { userRef: 'user:default/ada', role: 'sponsor' },
      { userRef: 'user:default/ada', role: 'lead' },
    ],
    createdBy: 'user:default/ada',
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())(
  'DatabaseProgrammeStore on %s',
  databaseId => {
    async function createStore() {
      const {
        knex,
        programmes: store,
        decisions,
      } = await createTestStores(databases, databaseId);
      return { knex, store, decisions };
    }

    it('applies the migrations and records the version', async () => {
      const { knex } = await createStore();
      expect(await getAppliedMigration(knex)).toBe(
        '20261204010000_review_history_columns.js',
      );
      expect(await knex.schema.hasTable('csip_programmes')).toBe(true);
      expect(await knex.schema.hasTable('csip_programme_members')).toBe(true);
    });

    it('creates and reads a programme with its members', async () => {
      const { store } = await createStore();
      const created = await store.createProgramme(newProgramme());
      expect(created).toMatchObject({
        id: expect.any(String),
        title: 'Service desk CSIP',
        phase: 'establish',
        archived: false,
        version: 1,
        createdBy: 'user:default/ada',
        businessDrivers: [{ text: 'Missed SLAs', visibility: 'obvious' }],
      });
      expect(created.members).toEqual([
        { userRef: 'user:default/ada', role: 'lead' },
        { userRef: 'user:default/ada', role: 'sponsor' },
      ]);
      expect(await store.getProgramme(created.id)).toEqual(created);
      expect(await store.getProgramme('no-such-id')).toBeUndefined();
    });

    it('lists newest first, pages with a cursor and filters', async () => {
      const { store } = await createStore();
      const titles = ['Alpha change', 'Beta release', 'Gamma config'];
      for (const title of titles) {
        await store.createProgramme(
          newProgramme({
            title,
            ownerRef:
              title === 'Beta release'
                ? 'group:default/service-desk'
                : 'group:default/it-operations',
          }),
        );
      }

      const first = await store.listProgrammes({ limit: 2 });
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await store.listProgrammes({
        limit: 2,
        cursor: first.nextCursor,
      });
      expect(second.items).toHaveLength(1);
      expect(second.nextCursor).toBeUndefined();
      const all = [...first.items, ...second.items].map(p => p.title);
      expect(all.sort()).toEqual([...titles].sort());

      const byOwner = await store.listProgrammes({
        limit: 20,
        owner: 'group:default/Service-Desk',
      });
      expect(byOwner.items.map(p => p.title)).toEqual(['Beta release']);

      const byText = await store.listProgrammes({ limit: 20, q: 'CONFIG' });
      expect(byText.items.map(p => p.title)).toEqual(['Gamma config']);

      const byLiteralPercent = await store.listProgrammes({
        limit: 20,
        q: '%',
      });
      expect(byLiteralPercent.items).toEqual([]);

      const byPhase = await store.listProgrammes({
        limit: 20,
        phase: 'sustain',
      });
      expect(byPhase.items).toEqual([]);
    });

    it('updates only from the current version, and replaces members', async () => {
      const { store } = await createStore();
      const created = await store.createProgramme(newProgramme());
      const updated = await store.updateProgramme(created.id, {
        version: 1,
        title: 'Renamed',
        archived: true,
        members: [{ userRef: 'user:default/bo', role: 'coach' }],
      });
      expect(updated).toMatchObject({
        title: 'Renamed',
        archived: true,
        version: 2,
      });
      expect(updated.members).toEqual([
        { userRef: 'user:default/bo', role: 'coach' },
      ]);
      await expect(
        store.updateProgramme(created.id, { version: 1, title: 'Stale' }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        store.updateProgramme('missing', { version: 1, title: 'x' }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      expect((await store.getProgramme(created.id))?.title).toBe('Renamed');
    });

    it('moves phases from the expected phase only and keeps the history', async () => {
      const { store } = await createStore();
      const created = await store.createProgramme(newProgramme());
      const moved = await store.movePhase({
        programmeId: created.id,
        from: 'establish',
        to: 'implement',
        movedBy: 'user:default/ada',
      });
      expect(moved).toMatchObject({ phase: 'implement', version: 2 });
      await expect(
        store.movePhase({
          programmeId: created.id,
          from: 'establish',
          to: 'implement',
          movedBy: 'user:default/ada',
        }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await store.movePhase({
        programmeId: created.id,
        from: 'implement',
        to: 'establish',
        reason: 'Scope changed',
        movedBy: 'user:default/bo',
      });
      const history = await store.listTransitions(created.id);
      expect(history.map(t => [t.from, t.to, t.reason, t.movedBy])).toEqual([
        ['establish', 'implement', undefined, 'user:default/ada'],
        ['implement', 'establish', 'Scope changed', 'user:default/bo'],
      ]);
    });

    it('shows the latest decided approach on the programme, and in the portfolio once the status row is refreshed', async () => {
      const { knex, store, decisions } = await createStore();
      const created = await store.createProgramme(newProgramme());
      expect((await store.getProgramme(created.id))?.approach).toBeUndefined();
      for (const approach of ['diy', 'done-to-you'] as const) {
        await decisions.recordDecision({
          programmeId: created.id,
          approach,
          rationale: 'r',
          decidedBy: 'user:default/ada',
        });
      }
      expect((await store.getProgramme(created.id))?.approach).toBe(
        'done-to-you',
      );
      // Every write refreshes the status row in its transaction, which
      // keeps the latest approach for the portfolio.
      await new DatabaseProgrammeStatusStore(knex).upsert(created.id, {
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
      const page = await store.listProgrammes({ limit: 5 });
      expect(page.items[0].approach).toBe('done-to-you');
      expect(
        (await decisions.listDecisions(created.id)).map(d => d.approach),
      ).toEqual(['done-to-you', 'diy']);
    });

    it('rejects a cursor it did not issue', async () => {
      const { store } = await createStore();
      await expect(
        store.listProgrammes({ limit: 5, cursor: 'garbage' }),
      ).rejects.toMatchObject({ name: 'InputError' });
    });
  },
);
