import {
  BUILT_IN_MATURITY_MODEL,
  selfAssessmentRoundStart,
  summariseSelfAssessments,
} from '@csip-coach/plugin-csip-common';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { createTestStores } from '../__testUtils__/createTestStores';
import { publishDemoReview, ratings } from './seedDemoReviews';
import { seedDemoSelfAssessments } from './seedDemoSelfAssessments';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'seedDemoSelfAssessments on %s',
  databaseId => {
    it('seeds three answers of Change after its last review, one anonymous, with a spread to show', async () => {
      const stores = await createTestStores(databases, databaseId);
      const programme = await stores.programmes.createProgramme({
        title: 'Change management CSIP',
        vision: '',
        driver: 'operational',
        businessDrivers: [],
        ownerRef: 'group:default/it-operations',
        members: [],
        createdBy: 'user:default/priya.change',
      });
      await publishDemoReview(
        stores.reviews,
        programme.id,
        {
          process: 'change',
          date: '2026-11-01',
          ledBy: 'coach',
          participants: [],
          evidence: [],
          ratings: ratings('change', ['FFFF', 'LPLP']),
          strengths: [],
          observations: [],
          suggestions: [],
          actions: [],
        },
        'user:default/alex.coach',
      );
      expect(await seedDemoSelfAssessments(stores, programme.id)).toEqual([
        programme.id,
      ]);
      expect(await seedDemoSelfAssessments(stores, undefined)).toEqual([]);

      const roundStart = selfAssessmentRoundStart(
        await stores.reviews.listReviews(programme.id),
        'change',
      );
      expect(roundStart).toBeDefined();
      const answers = await stores.selfAssessments.listRound(
        programme.id,
        'change',
        roundStart,
      );
      // Answers given in the same millisecond come in no set order.
      expect(answers.map(a => a.anonymous).sort()).toEqual([
        false,
        false,
        true,
      ]);
      const summary = summariseSelfAssessments({
        process: 'change',
        criterionIds: BUILT_IN_MATURITY_MODEL.find(
          p => p.id === 'change',
        )!.criteria.map(c => c.id),
        answers,
      });
      expect(summary.respondents).toBe(3);
      expect(summary.anonymousWithheld).toBe(0);
      expect(summary.disagreements.length).toBeGreaterThan(0);
      expect(summary.criteria.some(c => c.counts.NA > 0)).toBe(true);
    });
  },
);
