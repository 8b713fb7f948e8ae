import {
  mockCredentials,
  mockErrorHandler,
} from '@backstage/backend-test-utils';
import {
  BUILT_IN_MATURITY_MODEL,
  computeLevel,
  HandoverItem,
  levelledRatings,
  Rating,
  Review,
  ReviewRating,
} from '@csip-coach/plugin-csip-common';
import express from 'express';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { insertInBatches } from '../database/insertInBatches';
import { toActionRow } from '../database/rows/actionRows';
import { toHandoverItemRow } from '../database/rows/handoverItemRows';
import { toReviewRow } from '../database/rows/reviewRows';
import { DEFAULT_IMPORT_MAX_BODY_SIZE } from '../services/ArchiveService/readImportMaxBodySize';
import { importBodyParser } from './archiveRoutes';

jest.setTimeout(300_000);

const databases = createTestDatabases();

const COACH = 'user:default/alex.coach';
const LEAD = 'user:default/priya.change';
const MEMBER = 'user:default/omar.ops';
const member = mockCredentials.user.header(MEMBER);

/** Published reviews per built-in process. */
const REVIEWS_PER_PROCESS = 1_000;
/** Custom handover items on top of the template's. */
const EXTRA_HANDOVER_ITEMS = 200;

const RATINGS: Rating[] = ['N', 'P', 'L', 'F'];

/** A timestamp `n` minutes after the programme's start. */
const minute = (n: number) =>
  new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();

/**
 * A published review as a coach would write it: every criterion of the
 * process rated by coach and team, each with a piece of evidence, and a
 * few strengths, observations, suggestions and actions.
 */
function realisticReview(
  programmeId: string,
  process: (typeof BUILT_IN_MATURITY_MODEL)[number],
  n: number,
): Omit<Review, 'amendedBy'> {
  const ratings: ReviewRating[] = process.criteria.map((c, i) => ({
    criterionId: c.id,
    // Lower levels mostly achieved, higher ones growing over time.
    coach:
      c.level <= 1 + (n % 5)
        ? 'F'
        : RATINGS[(n + i + c.level) % RATINGS.length],
    team: RATINGS[(n + i) % RATINGS.length],
    evidence: [
      {
        kind: i % 2 ? 'document' : 'interview',
        note: `Seen in the ${process.name.toLowerCase()} records of week ${
          n % 52
        }: criterion ${c.id} is practised by most of the team.`,
        ...(i % 3 === 0 && {
          link: `https://wiki.example.com/csip/${process.id}/evidence/${n}-${c.id}`,
        }),
      },
    ],
  }));
  const date = minute(n * 60).slice(0, 10);
  return {
    id: randomUUID(),
    programmeId,
    process: process.id,
    date,
    ledBy: 'co-led',
    participants: ['Priya Nair', 'Omar Haddad', 'Sam Lee'],
    evidence: ['interview', 'document', 'observation'],
    ratings,
    strengths: [
      'Every change to production has a record before it starts.',
      `Review ${n}: the team talks openly about what did not go to plan.`,
    ],
    observations: [
      'We observed that emergency changes are often recorded the next day.',
      'Risk is assessed in the CAB meeting rather than before it.',
    ],
    suggestions: [
      {
        technique: 'Risk checklist on the request',
        advice:
          'Add five risk questions to the form so the assessment arrives with the request.',
        area: 'operations',
        why: 'Changes arrive at the CAB without an assessment.',
        expectedImprovement: 'Fewer deferred changes.',
      },
    ],
    actions: [
      {
        description: `Try the risk checklist on the next ten requests (${n})`,
        owner: MEMBER,
        measure: 'Ten requests carry the checklist',
        dueDate: '2027-03-01',
      },
    ],
    state: 'published',
    version: 1,
    author: COACH,
    level: computeLevel(levelledRatings(process.criteria, ratings)),
    toneFindings: [],
    toneAcknowledged: false,
    createdAt: minute(n * 3),
    updatedAt: minute(n * 3 + 1),
    publishedAt: minute(n * 3 + 1),
  };
}

/** Writes the large history straight into the tables, for speed. */
async function fillProgramme(knex: Knex, programmeId: string) {
  const reviews = BUILT_IN_MATURITY_MODEL.flatMap((process, p) =>
    Array.from({ length: REVIEWS_PER_PROCESS }, (_, i) =>
      realisticReview(programmeId, process, i * 3 + p),
    ),
  );
  await insertInBatches(knex, 'csip_reviews', reviews.map(toReviewRow));
  await insertInBatches(
    knex,
    'csip_actions',
    reviews.flatMap(r =>
      r.actions.map(a =>
        toActionRow({
          ...a,
          id: randomUUID(),
          programmeId,
          status: 'open',
          source: { type: 'review', reviewId: r.id, process: r.process },
          version: 1,
          createdBy: r.author,
          createdAt: r.publishedAt!,
          updatedAt: r.publishedAt!,
        }),
      ),
    ),
  );
  const items: HandoverItem[] = Array.from(
    { length: EXTRA_HANDOVER_ITEMS },
    (_, i) => ({
      id: randomUUID(),
      programmeId,
      title: `Runbook ${i + 1} kept up to date`,
      description: 'The team reviews the runbook after every major incident.',
      category: 'documentation',
      process: BUILT_IN_MATURITY_MODEL[i % 3].id,
      weight: 1 + (i % 3),
      critical: i % 10 === 0,
      owner: MEMBER,
      status: i % 2 ? 'demonstrated' : 'in-progress',
      ...(i % 2 && {
        evidence: 'Minutes of the last review',
        demonstratedBy: MEMBER,
        demonstratedAt: minute(i),
      }),
      updatedBy: MEMBER,
      updatedAt: minute(i),
      version: 1,
    }),
  );
  await insertInBatches(
    knex,
    'csip_handover_items',
    items.map((item, i) => toHandoverItemRow(item, 100 + i)),
  );
}

/** How many rows of each kind the programme has. */
async function counts(knex: Knex, programmeId: string) {
  const count = async (table: string) =>
    Number(
      (
        await knex(table).where({ programme_id: programmeId }).count({ n: '*' })
      )[0].n,
    );
  return {
    reviews: await count('csip_reviews'),
    actions: await count('csip_actions'),
    handoverItems: await count('csip_handover_items'),
  };
}

type ArchivedReview = {
  process: string;
  level?: number;
  ratings: ReviewRating[];
};

describe.each(databases.eachSupportedId())(
  'export and import of a large programme on %s',
  databaseId => {
    it('round-trips 1,000 published reviews per process over HTTP', async () => {
      const testApp = await createTestApp({ databases, databaseId });
      const { app, knex } = testApp;
      const { id } = await givenProgramme({
        testApp,
        roles: { [COACH]: 'coach', [LEAD]: 'lead', [MEMBER]: 'member' },
      });
      await fillProgramme(knex, id);
      await testApp.refresher.refresh(id);
      const before = await counts(knex, id);
      expect(before.reviews).toBe(3 * REVIEWS_PER_PROCESS);

      const exported = await request(app)
        .get(`/programmes/${id}/export`)
        .set('Authorization', member);
      expect(exported.status).toBe(200);
      const bytes = Buffer.byteLength(exported.text);
      // Well over what every other route takes, well under the import's.
      expect(bytes).toBeGreaterThan(1024 * 1024);
      expect(bytes).toBeLessThan(DEFAULT_IMPORT_MAX_BODY_SIZE / 2);

      const imported = await request(app)
        .post('/import')
        .set('Authorization', member)
        .set('Content-Type', 'application/json')
        .send(exported.text);
      expect(imported.status).toBe(201);
      const copy: string = imported.body.id;
      expect(copy).not.toBe(id);

      expect(await counts(knex, copy)).toEqual(before);
      const again = await request(app)
        .get(`/programmes/${copy}/export`)
        .set('Authorization', member);
      const reviewsOf = (body: { reviews: ArchivedReview[] }) =>
        body.reviews.map(r => [r.process, r.level, r.ratings.length]);
      expect(reviewsOf(again.body)).toEqual(reviewsOf(exported.body));
      expect(again.body.actions).toHaveLength(exported.body.actions.length);
      expect(again.body.handover).toEqual(exported.body.handover);

      // The levels over time and now, without the ids that differ.
      const maturity = async (programmeId: string) =>
        JSON.parse(
          (
            await request(app)
              .get(`/programmes/${programmeId}/maturity`)
              .set('Authorization', member)
          ).text,
          (key, value) =>
            ['id', 'programmeId', 'reviewId'].includes(key) ? undefined : value,
        );
      expect(await maturity(copy)).toEqual(await maturity(id));
    });
  },
);

describe('importBodyParser', () => {
  const app = (limit: number) =>
    express()
      .use(importBodyParser(limit))
      .use(express.json({ limit: '1mb' }))
      .post('/import', (req, res) => {
        res.json({ keys: Object.keys(req.body).length });
      })
      .post('/programmes', (req, res) => {
        res.json({ keys: Object.keys(req.body).length });
      })
      .use(mockErrorHandler());
  const body = (size: number) =>
    JSON.stringify({ programme: { vision: 'v'.repeat(size) } });

  it('takes an import larger than 1 MB, and no more elsewhere', async () => {
    const limited = app(4 * 1024 * 1024);
    const large = await request(limited)
      .post('/import')
      .set('Content-Type', 'application/json')
      .send(body(2 * 1024 * 1024));
    expect(large.status).toBe(200);
    const elsewhere = await request(limited)
      .post('/programmes')
      .set('Content-Type', 'application/json')
      .send(body(2 * 1024 * 1024));
    expect(elsewhere.status).toBe(413);
  });

  it('answers an import over its limit with a 413 naming the sizes and the setting', async () => {
    const res = await request(app(1024 * 1024))
      .post('/import/')
      .set('Content-Type', 'application/json')
      .send(body(3 * 1024 * 1024 + 512 * 1024));
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ name: 'PayloadTooLargeError' });
    expect(res.body.error.message).toBe(
      'The programme export is larger than this portal imports: at most 1 MB (this one is 3.5 MB). An administrator can raise csip.import.maxBodySize.',
    );
  });
});
