import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Review } from '@csip-coach/plugin-csip-common';
import type { Knex } from 'knex';
import request from 'supertest';
import { createTestApp } from '../../__testUtils__/createTestApp';
import { createTestDatabases } from '../../__testUtils__/createTestDatabases';
import { givenProgramme } from '../../__testUtils__/givenProgramme';
import { createStores } from '../../database/createStores';
import { toReviewRow } from '../../database/rows/reviewRows';
import { readMaturityModel } from '../../maturity/readMaturityModel';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { createCatalogRefValidator } from '../CatalogRefValidator';
import { createServices } from '../createServices';

/*
 * How the maturity view, the handover view and the status refresh scale with
 * a programme's review history: a programme with 10 and one with 1,000
 * published reviews per process, each read many times, the mean printed.
 * Times are printed, never asserted; it runs only with CSIP_SCALE_BENCH=1:
 *
 *   CSIP_SCALE_BENCH=1 npx backstage-cli package test --watchAll=false \
 *     --maxWorkers=1 historyScale </dev/null
 *
 * CSIP_SCALE_BENCH_RUNS sets the calls per measure (50), and
 * CSIP_SCALE_BENCH_SQL=1 adds each statement's mean time.
 */

jest.setTimeout(600_000);

const databases = createTestDatabases();
const bench = process.env.CSIP_SCALE_BENCH ? describe.each : describe.skip.each;
const COACH = 'user:default/alex.coach';
const PROCESSES = ['change', 'configuration', 'release'];
const RUNS = Number(process.env.CSIP_SCALE_BENCH_RUNS ?? 50);

function ratings(process: string, level: number) {
  return [1, 2, 3, 4, 5].flatMap(l =>
    [1, 2, 3, 4].map(n => ({
      criterionId: `${process}-${l}-${n}`,
      coach: l <= level ? 'F' : 'P',
      team: l <= level ? 'L' : 'P',
      note: 'Seen in the change records of the last quarter.',
    })),
  );
}

/** `perProcess` published reviews of each process, oldest first, and a draft. */
function historyRows(programmeId: string, perProcess: number) {
  return PROCESSES.flatMap(process =>
    Array.from({ length: perProcess + 1 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000);
      const at = day.toISOString();
      const level = 1 + (i % 3);
      const draft = i === perProcess;
      const review: Omit<Review, 'amendedBy'> = {
        id: `${programmeId.slice(0, 8)}-${process}-${i}`,
        programmeId,
        process,
        date: at.slice(0, 10),
        ledBy: (['coach', 'co-led', 'team'] as const)[i % 3],
        participants: ['Priya Nair', 'Omar Haddad'],
        evidence: ['interview', 'document'],
        ratings: ratings(process, level) as Review['ratings'],
        strengths: ['Every change has a record before it is made.'],
        observations: ['We observed that emergency changes are late.'],
        suggestions: [],
        actions: [],
        state: draft ? 'draft' : 'published',
        version: 1,
        author: i % 2 ? COACH : 'user:default/priya.change',
        createdAt: at,
        updatedAt: at,
        ...(!draft && { level, publishedAt: at }),
      };
      return toReviewRow(review);
    }),
  );
}

type Timed = { name: string; run: () => Promise<unknown> };

/**
 * The mean time of each of `a` and `b`'s calls, measured in alternating
 * rounds so that a busy machine slows both alike.
 */
async function compare(a: Timed, b: Timed): Promise<[number, number]> {
  const total = [0, 0];
  for (let i = 0; i < 3; i++) {
    await a.run();
    await b.run();
  }
  for (let round = 0; round < RUNS; round++) {
    for (const [index, timed] of [a, b].entries()) {
      const start = process.hrtime.bigint();
      await timed.run();
      total[index] += Number(process.hrtime.bigint() - start) / 1e6;
    }
  }
  return [total[0] / RUNS, total[1] / RUNS];
}

/** Each statement's mean time while `run` runs: with CSIP_SCALE_BENCH_SQL=1. */
async function statements(knex: Knex, run: () => Promise<void>) {
  const started = new Map<string, bigint>();
  const took = new Map<string, number[]>();
  const onQuery = (q: { __knexQueryUid: string }) =>
    started.set(q.__knexQueryUid, process.hrtime.bigint());
  const onDone = (_r: unknown, q: { __knexQueryUid: string; sql: string }) => {
    const key = `${q.sql.slice(0, 30)}…${q.sql
      .slice(q.sql.indexOf(' from '))
      .slice(0, 50)}`;
    const t =
      Number(process.hrtime.bigint() - started.get(q.__knexQueryUid)!) / 1e6;
    took.set(key, [...(took.get(key) ?? []), t]);
  };
  knex.on('query', onQuery).on('query-response', onDone);
  await run();
  knex
    .removeListener('query', onQuery)
    .removeListener('query-response', onDone);
  return [...took]
    .map(
      ([sql, t]) =>
        `  ${(t.reduce((x, y) => x + y, 0) / t.length).toFixed(3)} ms ×${
          t.length
        } ${sql}`,
    )
    .join('\n');
}

bench(databases.eachSupportedId())('history scale on %s', databaseId => {
  it('prints the mean time of /maturity, /handover and a status refresh', async () => {
    const ctx = await createTestApp({ databases, databaseId });
    const stores = await createStores(
      mockServices.database({ knex: ctx.knex }),
    );
    const services = createServices({
      stores,
      authorizer: new ProgrammeAuthorizer({
        permissions: mockServices.permissions({
          result: AuthorizeResult.ALLOW,
        }),
        ruleset: { getRuleByName: () => undefined as never },
      }),
      model: readMaturityModel(new ConfigReader({})),
      catalogRefs: createCatalogRefValidator({
        config: new ConfigReader({ csip: { catalogRefCheck: 'off' } }),
        catalog: undefined as never,
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
      }),
    });
    const caller = {
      credentials: mockCredentials.user(COACH),
      userRef: COACH,
    };
    const ids: string[] = [];
    for (const perProcess of [10, 1000]) {
      const { id } = await givenProgramme({
        testApp: ctx,
        roles: { [COACH]: 'coach', 'user:default/priya.change': 'lead' },
      });
      const scope = await request(ctx.app)
        .post(`/programmes/${id}/scope/versions`)
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/priya.change'),
        )
        .send({
          processes: PROCESSES.map(process => ({
            process,
            baselineLevel: 1,
            targetLevel: 3,
            targetDate: '2027-06-30',
          })),
        });
      expect(scope.status).toBe(201);
      const rows = historyRows(id, perProcess);
      for (let i = 0; i < rows.length; i += 50) {
        await ctx.knex('csip_reviews').insert(rows.slice(i, i + 50));
      }
      ids.push(id);
    }
    // As a running database keeps them: statistics, and on PostgreSQL the
    // visibility map autovacuum sets (index-only scans need it).
    await ctx.knex.raw(
      databaseId === 'POSTGRES_15'
        ? 'VACUUM ANALYZE csip_reviews'
        : 'ANALYZE csip_reviews',
    );
    const operations = {
      maturity: (id: string) => services.reviews.getMaturity(id, caller),
      handover: (id: string) => services.handover.getHandover(id, caller),
      refresh: (id: string) => services.refresher.refresh(id),
    };
    const lines: string[] = [];
    for (const [what, run] of Object.entries(operations)) {
      const [small, large] = await compare(
        { name: '10', run: () => run(ids[0]) },
        { name: '1000', run: () => run(ids[1]) },
      );
      lines.push(
        `${what}: ${small.toFixed(2)} ms at 10, ${large.toFixed(
          2,
        )} ms at 1,000 reviews per process (×${(large / small).toFixed(2)})`,
      );
      if (process.env.CSIP_SCALE_BENCH_SQL) {
        for (const [index, id] of ids.entries()) {
          lines.push(
            `${index ? 1000 : 10}:`,
            await statements(ctx.knex, async () => {
              for (let i = 0; i < 10; i++) await run(id);
            }),
          );
        }
      }
    }
    // eslint-disable-next-line no-console
    console.log(`History scale on ${databaseId}:\n${lines.join('\n')}`);
  });
});
