import { summariseFeedback } from '@csip-coach/plugin-csip-common';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { createTestStores } from '../__testUtils__/createTestStores';
import { seedDemoFeedback } from './seedDemoFeedback';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'seedDemoFeedback on %s',
  databaseId => {
    it('seeds a round whose summary shows both organisations, and an action', async () => {
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
      await seedDemoFeedback({ stores, programmeId: programme.id });

      const [round] = await stores.feedback.listRounds(programme.id);
      expect(round).toMatchObject({ responses: 7, closed: false });
      const summary = summariseFeedback({
        roundId: round.id,
        organisations: round.organisations,
        responses: await stores.feedback.listResponses(round.id),
      });
      expect(summary.withheld).toBe(false);
      expect(summary.organisations.map(g => g.organisation)).toEqual([
        'Contoso IT',
        'Fabrikam Managed Services',
      ]);
      const [action] = await stores.actions.listActions(programme.id);
      expect(action.source).toEqual({
        type: 'feedback',
        feedbackRoundId: round.id,
        barrier: 'need-to-know-communication',
      });
    });
  },
);
