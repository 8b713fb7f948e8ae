import type { ProgrammeListQuery } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { createTestStores } from '../__testUtils__/createTestStores';
import { DatabaseProgrammeStatusStore } from './DatabaseProgrammeStatusStore';
import { portfolioQuery, PortfolioQuery } from './portfolioQuery';

jest.setTimeout(120_000);

const databases = createTestDatabases();

const SORTS: ProgrammeListQuery['sort'][] = [
  'created',
  'updated',
  'title',
  'phase',
  'score',
  'summit',
  'overdue',
];
const PHASES = ['establish', 'implement', 'review', 'handover', 'sustain'];
const COUNT = 37;

const idOf = (i: number) =>
  `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/**
 * Programmes with many ties in every sort key (shared creation times,
 * titles, scores, overdue counts), some without a status row and some
 * without a summit, so that a page boundary falls inside runs of equal keys
 * and across the rows without a key.
 */
async function seed(knex: Knex) {
  const base = Date.parse('2026-11-01T00:00:00.000Z');
  const at = (i: number) => new Date(base + (i % 5) * 60_000).toISOString();
  await knex.batchInsert(
    'csip_programmes',
    Array.from({ length: COUNT }, (_, i) => ({
      // Ids not in creation order, so the id tie-break is tested.
      id: idOf((i * 17) % COUNT),
      title: `Programme ${String.fromCharCode(65 + (i % 6))}`,
      vision: i % 4 === 0 ? 'Fewer failed changes' : '',
      driver: 'operational',
      business_drivers: '[]',
      owner_ref: i % 3 ? 'group:default/it-operations' : 'Group:default/Ops',
      phase: PHASES[i % PHASES.length],
      archived: false,
      version: 1,
      created_by: 'user:default/bulk',
      created_at: at(i),
      updated_at: at(i * 7),
    })),
    100,
  );
  await knex.batchInsert(
    'csip_programme_status',
    Array.from({ length: COUNT }, (_, i) => i)
      .filter(i => i % 9 !== 4) // four programmes without a status yet
      .map(i => ({
        programme_id: idOf((i * 17) % COUNT),
        scope_status: i % 2 ? 'agreed' : 'draft',
        levels: '[]',
        // Thirds are not exact in binary: checks the key survives a cursor.
        score: (i % 4) * (100 / 3),
        ready: i % 5 === 0,
        blockers: 0,
        summit_percent: i % 6 === 0 ? null : (i % 3) * 10,
        summit_camp: 'start',
        overdue_actions: i % 3,
        overdue_on: '2999-12-31',
        approach: i % 2 ? 'diy' : null,
        refreshed_at: at(i),
      })),
    100,
  );
}

describe.each(databases.eachSupportedId())(
  'portfolio keyset pagination on %s',
  databaseId => {
    let context: Awaited<ReturnType<typeof setUp>>;
    async function setUp() {
      const { knex, programmes } = await createTestStores(
        databases,
        databaseId,
      );
      await seed(knex);
      return { knex, programmes };
    }
    beforeAll(async () => {
      context = await setUp();
    });

    async function walk(query: PortfolioQuery, limit: number) {
      const ids: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 100; pages++) {
        const page = await context.programmes.listProgrammes({
          ...query,
          limit,
          cursor,
        });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        ids.push(...page.items.map(p => p.id));
        cursor = page.nextCursor;
        if (!cursor) return ids;
        expect(page.items).toHaveLength(limit);
      }
      throw new Error('the walk did not end');
    }

    async function whole(query: PortfolioQuery) {
      const rows: { id: string }[] = await portfolioQuery(context.knex, query, {
        all: true,
      });
      return rows.map(r => r.id);
    }

    it.each(SORTS.flatMap(sort => [`${sort} asc`, `${sort} desc`]))(
      'walks every programme once, in the order of the whole list, by %s',
      async sortOrder => {
        const [sort, order] = sortOrder.split(' ') as [
          ProgrammeListQuery['sort'],
          'asc' | 'desc',
        ];
        const query = { sort, order };
        const expected = await whole(query);
        expect(expected).toHaveLength(COUNT);
        for (const limit of [1, 4, 10, 50]) {
          expect(await walk(query, limit)).toEqual(expected);
        }
        // Filtered walks too.
        for (const filters of [
          { phase: 'implement' as const },
          { owner: 'group:default/ops' },
          { overdue: true },
          { approach: 'diy' as const },
        ]) {
          expect(await walk({ ...query, ...filters }, 2)).toEqual(
            await whole({ ...query, ...filters }),
          );
        }
      },
    );

    it('keeps its place when rows are added ahead of the cursor', async () => {
      const first = await context.programmes.listProgrammes({
        sort: 'title',
        order: 'asc',
        limit: 5,
      });
      await context.knex('csip_programmes').insert({
        id: idOf(999),
        title: 'AAA first of all',
        vision: '',
        driver: 'operational',
        business_drivers: '[]',
        owner_ref: 'group:default/new',
        phase: 'establish',
        archived: false,
        version: 1,
        created_by: 'user:default/bulk',
        created_at: '2026-11-02T00:00:00.000Z',
        updated_at: '2026-11-02T00:00:00.000Z',
      });
      const second = await context.programmes.listProgrammes({
        sort: 'title',
        order: 'asc',
        limit: 5,
        cursor: first.nextCursor,
      });
      const before = (await whole({ sort: 'title', order: 'asc' })).filter(
        id => id !== idOf(999),
      );
      expect(second.items.map(p => p.id)).toEqual(before.slice(5, 10));
      await context
        .knex('csip_programmes')
        .where({ id: idOf(999) })
        .delete();
    });

    it('refuses a cursor of another sort or order with a 400-style error', async () => {
      const page = await context.programmes.listProgrammes({
        sort: 'score',
        limit: 2,
      });
      await expect(
        context.programmes.listProgrammes({
          sort: 'title',
          limit: 2,
          cursor: page.nextCursor,
        }),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringMatching(/^Invalid query: cursor: /),
      });
      await expect(
        context.programmes.listProgrammes({
          sort: 'score',
          order: 'asc',
          limit: 2,
          cursor: page.nextCursor,
        }),
      ).rejects.toMatchObject({ name: 'InputError' });
    });

    it('recounts overdue actions once the day has turned, in one statement', async () => {
      const status = new DatabaseProgrammeStatusStore(context.knex);
      const id = idOf(1);
      await context.knex('csip_actions').insert({
        id: '10000000-0000-4000-8000-000000000001',
        programme_id: id,
        description: 'd',
        owner: 'user:default/ada',
        measure: 'm',
        due_date: '2026-11-20',
        status: 'open',
        source_type: 'manual',
        version: 1,
        created_by: 'user:default/ada',
        created_at: '2026-11-01T00:00:00.000Z',
        updated_at: '2026-11-01T00:00:00.000Z',
      });
      await context
        .knex('csip_programme_status')
        .update({ overdue_on: '2026-11-20' });
      // Not yet overdue on the 20th; overdue on the 21st.
      expect(await status.recountOverdue('2026-11-20')).toBe(0);
      expect(await status.recountOverdue('2026-11-21')).toBe(COUNT - 4);
      const row = await context
        .knex('csip_programme_status')
        .where({ programme_id: id })
        .first();
      expect(Number(row.overdue_actions)).toBe(1);
      expect(row.overdue_on).toBe('2026-11-21');
      expect(await status.recountOverdue('2026-11-21')).toBe(0);
    });

    if (databaseId.startsWith('SQLITE')) {
      it.each([
        ['first', {}],
        ['phase', { phase: 'implement' as const }],
        ['owner', { owner: 'group:default/ops' }],
        ['score', { sort: 'score' as const }],
        ['overdue', { sort: 'overdue' as const }],
        ['updated', { sort: 'updated' as const }],
        ['title', { sort: 'title' as const, order: 'asc' as const }],
        ['phase-ordered', { sort: 'phase' as const }],
        ['summit', { sort: 'summit' as const }],
      ])(
        'reads the %s page through an index, without sorting the table',
        async (_name, query) => {
          const page = await context.programmes.listProgrammes({
            ...query,
            limit: 3,
          });
          const queries: { sql: string; bindings: Knex.RawBinding[] }[] = [];
          const listen = (q: { sql: string; bindings: Knex.RawBinding[] }) => {
            if (/sort_key/.test(q.sql)) queries.push(q);
          };
          context.knex.on('query', listen);
          try {
            await context.programmes.listProgrammes({
              ...query,
              limit: 3,
              cursor: page.nextCursor,
            });
          } finally {
            context.knex.removeListener('query', listen);
          }
          const plans: string[] = [];
          for (const q of queries) {
            const rows: { detail: string }[] = await context.knex.raw(
              `EXPLAIN QUERY PLAN ${q.sql}`,
              q.bindings,
            );
            plans.push(rows.map(r => r.detail).join('; '));
          }
          expect(plans.length).toBeGreaterThan(0);
          for (const plan of plans) {
            expect(plan).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
            expect(plan).toMatch(/USING (COVERING )?INDEX|PRIMARY KEY/);
          }
        },
      );
    }
  },
);
