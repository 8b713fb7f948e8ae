import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  checkSustain,
  coachFadeOut,
  effectiveReviews,
  exitReadiness,
  knowledgeTransferScore,
  reviewHistoryOf,
  HISTORY_KEEP,
  skillsCoverage,
  summariseMaturity,
  summitProgress,
  TREND_WINDOW,
  type MaturityModel,
  type Programme,
  type Review,
} from '@csip-coach/plugin-csip-common';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { createStores } from '../database/createStores';
import type { StoreSet } from '../database/ProgrammeTransactions';
import { toReviewRow } from '../database/rows/reviewRows';
import { readMaturityModel } from '../maturity/readMaturityModel';
import { sustainSince } from './CoachingSummaryService/sustainSince';
import {
  computeProgrammeStatus,
  computeProgrammeStatuses,
} from './computeProgrammeStatus';
import { computeScopeView } from './ScopeService/computeScopeView';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const as = (ref: string) => mockCredentials.user.header(ref);
const COACH = 'user:default/alex.coach';
const LEAD = 'user:default/priya.change';

/**
 * The status as it was computed before the review history: every review
 * read (twice), and the rules run on all of them.
 */
async function statusFromEveryReview(
  stores: StoreSet,
  model: MaturityModel,
  programme: Programme,
) {
  const scope = await computeScopeView(programme, stores.scopes);
  const reviews = await stores.reviews.listReviews(programme.id);
  const sustain = checkSustain({
    phase: programme.phase,
    sustainSince: sustainSince(
      await stores.programmes.listTransitions(programme.id),
    ),
    reviews,
    cadenceDays: 90,
  });
  const maturity = summariseMaturity({
    processes: model.processes,
    scope,
    reviews,
  });
  const inScope = scope.current?.processes.map(p => p.process) ?? [];
  const allItems = await stores.handover.listItems(programme.id);
  const items = allItems.filter(i => !i.retiredAt);
  const skills = await stores.handover.getSkills(programme.id);
  const coverage = skillsCoverage(skills.people, inScope);
  const readiness = exitReadiness({
    items,
    coverage,
    processes: inScope.map(id => ({
      id,
      name: model.processes.find(p => p.id === id)?.name ?? id,
    })),
    reviews,
  });
  const summit = summitProgress(maturity.processes.filter(p => p.inScope));
  return {
    status: {
      scopeStatus: scope.status,
      levels: maturity.processes
        .filter(p => p.inScope || p.level !== null)
        .map(p => ({ process: p.process, level: p.level, target: p.target })),
      score: knowledgeTransferScore(items),
      ready: readiness.ready,
      blockers: readiness.blockers.length,
      summitPercent: summit.percent,
      summitCamp: summit.camp,
      sustainDueOn: sustain.nextDueOn,
      sustainLapsed: sustain.lapsed,
      levelDrops: sustain.levelDrops.map(d => d.process),
    },
    handover: {
      items: allItems,
      score: knowledgeTransferScore(items),
      coverage,
      fadeOut: coachFadeOut(
        reviews,
        programme.members.filter(m => m.role === 'coach').map(m => m.userRef),
      ),
      readiness,
      summit,
      skills,
    },
    maturity,
    reviews,
  };
}

/** A published (or draft) review straight into its table. */
function row(programmeId: string, fields: Partial<Review> & { id: string }) {
  const at = `${fields.date ?? '2025-01-01'}T08:00:00.000Z`;
  return toReviewRow({
    programmeId,
    process: 'change',
    date: '2025-01-01',
    ledBy: 'coach',
    participants: [],
    evidence: [],
    ratings: [
      { criterionId: 'change-1-1', coach: 'NA', team: 'F' },
      { criterionId: 'change-1-2', coach: 'L', team: 'F' },
    ],
    strengths: [],
    observations: [],
    suggestions: [],
    actions: [],
    state: 'published',
    version: 1,
    author: COACH,
    createdAt: at,
    updatedAt: at,
    publishedAt: at,
    level: 1,
    ...fields,
  });
}

describe.each(databases.eachSupportedId())(
  'the status from the review history on %s',
  databaseId => {
    it('is the status, maturity and handover of every review, on a programme with amendments, drafts, NA and several processes', async () => {
      const ctx = await createTestApp({ databases, databaseId });
      const model = readMaturityModel(new ConfigReader({}));
      const stores = await createStores(
        mockServices.database({ knex: ctx.knex }),
      );
      const { id } = await givenProgramme({
        testApp: ctx,
        roles: { [COACH]: 'coach', [LEAD]: 'lead' },
        phase: 'sustain',
      });
      const scope = await request(ctx.app)
        .post(`/programmes/${id}/scope/versions`)
        .set('Authorization', as(LEAD))
        .send({
          processes: ['change', 'release'].map(process => ({
            process,
            baselineLevel: 0,
            targetLevel: 3,
            targetDate: '2027-06-30',
          })),
        });
      expect(scope.status).toBe(201);

      // Through the API: a review with NA ratings, published, then amended.
      const draft = await request(ctx.app)
        .post(`/programmes/${id}/reviews`)
        .set('Authorization', as(COACH))
        .send({
          process: 'release',
          date: '2026-11-20',
          ledBy: 'team',
          participants: [],
          evidence: ['interview'],
          ratings: [
            ...[1, 2, 3, 4].map(n => ({
              criterionId: `release-1-${n}`,
              coach: n === 4 ? 'NA' : 'F',
              team: 'L',
              ...(n === 4 && { naReason: 'No releases are bundled here' }),
            })),
          ],
          strengths: [],
          observations: [],
          suggestions: [],
          actions: [],
        });
      expect(draft.status).toBe(201);
      const publishedDraft = await request(ctx.app)
        .post(`/reviews/${draft.body.id}/publish`)
        .set('Authorization', as(COACH))
        .send({ version: 1 });
      expect(publishedDraft.status).toBe(200);
      const { process, ratings, evidence } = draft.body;
      const amended = await request(ctx.app)
        .post(`/reviews/${draft.body.id}/amendments`)
        .set('Authorization', as(COACH))
        .send({
          process,
          date: '2026-11-01',
          ledBy: 'coach',
          participants: [],
          evidence,
          ratings,
          strengths: [],
          observations: [],
          suggestions: [],
          actions: [],
          reason: 'The date was wrong',
        });
      expect(amended.status).toBe(201);

      // Straight in: a long change history with level drops, same-day
      // reviews, one without a publication time, team-led ones by the
      // lead, an amendment; a configuration review outside the scope;
      // drafts.
      await ctx.knex('csip_reviews').insert([
        ...Array.from({ length: 30 }, (_, i) =>
          row(id, {
            id: `change-${i}`,
            date: `2025-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-0${
              1 + (i % 2)
            }`,
            level: (i * 7) % 4,
            // Same-day pairs published at the same time: the creation
            // time orders them.
            createdAt: `2025-01-01T08:${String(i).padStart(2, '0')}:00.000Z`,
            publishedAt: `2025-01-0${1 + (i % 2)}T09:00:00.000Z`,
            ledBy: (['coach', 'co-led', 'team'] as const)[i % 3],
            author: i % 3 === 2 ? LEAD : COACH,
            ...(i === 4 && { publishedAt: undefined }),
            ...(i === 6 && { ledBy: 'team', author: COACH.toUpperCase() }),
          }),
        ),
        row(id, {
          id: 'change-28-amendment',
          amends: 'change-28',
          date: '2025-10-01',
          level: 3,
          ledBy: 'team',
          author: LEAD,
        }),
        row(id, {
          id: 'configuration-1',
          process: 'configuration',
          date: '2024-06-01',
          level: 2,
        }),
        row(id, {
          id: 'change-draft',
          state: 'draft',
          level: undefined,
          publishedAt: undefined,
          date: '2027-01-01',
        }),
        row(id, {
          id: 'incident-draft',
          process: 'incident',
          state: 'draft',
          level: undefined,
          publishedAt: undefined,
        }),
      ]);

      // Who has which skill, and the lead's agreement to the scope.
      await stores.handover.putSkills(
        id,
        {
          people: [{ userRef: LEAD, skills: { change: 'proficient' } }],
          version: 0,
        },
        LEAD,
      );
      await stores.scopes.recordAgreement({
        programmeId: id,
        versionNumber: 1,
        userRef: LEAD,
        decision: 'agree',
        comment: '',
      });

      const programme = (await stores.programmes.getProgramme(id))!;
      const before = await statusFromEveryReview(stores, model, programme);
      expect(await computeProgrammeStatus(stores, model, programme)).toEqual(
        before.status,
      );

      // Computed with others, each table read once for all of them (the
      // backfill), each status is the one computed alone.
      const { id: other } = await givenProgramme({
        testApp: ctx,
        roles: { [LEAD]: 'lead' },
        phase: 'establish',
      });
      const together = await computeProgrammeStatuses(stores, model, [
        other,
        '00000000-0000-4000-8000-000000000000',
        id,
      ]);
      expect([...together.keys()]).toEqual([other, id]);
      expect(together.get(id)).toEqual(before.status);
      expect(together.get(other)).toEqual(
        await computeProgrammeStatus(
          stores,
          model,
          (await stores.programmes.getProgramme(other))!,
        ),
      );
      const histories = await stores.reviews.getReviewHistories([other, id]);
      expect(histories.get(id)).toEqual(
        await stores.reviews.getReviewHistory(id),
      );
      expect(histories.get(other)).toEqual({
        processes: [],
        lastTeamReviewOn: null,
      });

      // The store's history is the one computed from every review.
      const history = await stores.reviews.getReviewHistory(id, {
        ratings: true,
        coaches: [COACH, 'user:default/Priya.Change'],
      });
      expect(history).toEqual(
        reviewHistoryOf(before.reviews, HISTORY_KEEP, [
          COACH,
          'user:default/Priya.Change',
        ]),
      );
      const coachOnly = await stores.reviews.getReviewHistory(id, {
        coaches: [COACH],
      });
      expect(coachOnly.ranBy).toEqual(
        reviewHistoryOf(before.reviews, HISTORY_KEEP, [COACH]).ranBy,
      );
      expect(coachOnly.ranBy!.team).toBeGreaterThan(0);
      expect(history.processes.map(p => p.process)).toEqual([
        'change',
        'release',
        'incident',
        'configuration',
      ]);
      expect(
        effectiveReviews(before.reviews).filter(r => r.process === 'change'),
      ).toHaveLength(30);

      const maturity = await request(ctx.app)
        .get(`/programmes/${id}/maturity`)
        .set('Authorization', as(COACH));
      expect(maturity.body).toEqual({
        processes: before.maturity.processes.map(p => ({
          ...p,
          trend: p.trend.slice(-TREND_WINDOW),
          trendTotal: p.trend.length,
        })),
      });
      const handover = await request(ctx.app)
        .get(`/programmes/${id}/handover`)
        .set('Authorization', as(COACH));
      expect(handover.body).toEqual({
        ...before.handover,
        fadeOut: {
          ...before.handover.fadeOut,
          trend: before.handover.fadeOut.trend.slice(-TREND_WINDOW),
          trendTotal: before.handover.fadeOut.trend.length,
        },
      });
    });
  },
);
