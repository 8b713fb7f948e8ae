import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  createTestStores,
  newProgramme,
} from '../__testUtils__/createTestStores';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const COACH = 'user:default/alex';
const OMAR = 'user:default/omar';
const PARTNER = 'user:default/pat.partner';

describe.each(databases.eachSupportedId())(
  'DatabaseFeedbackStore on %s',
  databaseId => {
    async function setup() {
      const stores = await createTestStores(databases, databaseId);
      const programme = await stores.programmes.createProgramme(
        newProgramme({ createdBy: COACH }),
      );
      const round = await stores.feedback.openRound({
        programmeId: programme.id,
        title: 'Spring round',
        closesOn: '2999-01-01',
        organisations: ['Client', 'Partner'],
        createdBy: COACH,
      });
      return { ...stores, store: stores.feedback, round, id: programme.id };
    }
    const answer = (anonymous?: boolean) => ({
      organisation: 'Partner',
      ...(anonymous !== undefined && { anonymous }),
      barriers: [{ barrier: 'mistrust' as const, severity: 2 }],
    });

    it('opens and lists rounds with their counts and the viewer’s part', async () => {
      const { store, round, id } = await setup();
      expect(round).toEqual({
        id: expect.any(String),
        programmeId: id,
        title: 'Spring round',
        closesOn: '2999-01-01',
        organisations: ['Client', 'Partner'],
        createdBy: COACH,
        createdAt: expect.any(String),
        responses: 0,
        closed: false,
        answeredByMe: false,
      });
      await store.recordResponse(round.id, answer(), OMAR);
      expect(await store.listRounds(id, OMAR)).toEqual([
        { ...round, responses: 1, answeredByMe: true },
      ]);
      expect(await store.getRound(round.id, PARTNER)).toEqual({
        ...round,
        responses: 1,
      });
      expect(await store.getRound('missing')).toBeUndefined();
    });

    it('keeps the respondent only of a named response, and refuses a second', async () => {
      const { store, round, knex } = await setup();
      expect(await store.recordResponse(round.id, answer(), OMAR)).toEqual({
        ...answer(),
        roundId: round.id,
        anonymous: false,
        respondedBy: OMAR,
      });
      expect(
        await store.recordResponse(round.id, answer(true), PARTNER),
      ).toEqual({ ...answer(true), roundId: round.id, anonymous: true });
      await expect(
        store.recordResponse(round.id, answer(true), PARTNER),
      ).rejects.toThrow(/already answered/);

      const rows = await knex('csip_feedback_responses').select();
      expect(rows.map(r => r.respondent).sort()).toEqual([null, OMAR].sort());
      expect(JSON.stringify(rows)).not.toContain(PARTNER);
      expect(await store.listResponses(round.id)).toHaveLength(2);
    });
  },
);
