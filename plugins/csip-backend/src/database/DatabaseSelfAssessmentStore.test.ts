import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  createTestStores,
  newProgramme,
} from '../__testUtils__/createTestStores';
import type { NewSelfAssessment } from './SelfAssessmentStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const OMAR = 'user:default/omar';
const PRIYA = 'user:default/priya';
const ROUND_2 = '2026-11-01T10:00:00.000Z';

describe.each(databases.eachSupportedId())(
  'DatabaseSelfAssessmentStore on %s',
  databaseId => {
    async function setup() {
      const stores = await createTestStores(databases, databaseId);
      const programme = await stores.programmes.createProgramme(
        newProgramme({ createdBy: PRIYA }),
      );
      const record = (fields: Partial<NewSelfAssessment> = {}) =>
        stores.selfAssessments.recordAnswer({
          programmeId: programme.id,
          process: 'change',
          respondent: OMAR,
          anonymous: false,
          ratings: [{ criterionId: 'change-1-1', rating: 'L' }],
          ...fields,
        });
      return {
        ...stores,
        store: stores.selfAssessments,
        record,
        id: programme.id,
      };
    }

    it('records an answer per person and round, and lists a round oldest first', async () => {
      const { store, record, id } = await setup();
      const first = await record();
      expect(first).toEqual({
        replaced: false,
        answer: {
          id: expect.any(String),
          programmeId: id,
          process: 'change',
          respondent: OMAR,
          anonymous: false,
          ratings: [{ criterionId: 'change-1-1', rating: 'L' }],
          answeredAt: expect.any(String),
        },
      });
      const anonymous = await record({ respondent: PRIYA, anonymous: true });
      await record({ process: 'release' });
      const nextRound = await record({ roundStart: ROUND_2 });
      expect(nextRound.answer.roundStart).toBe(ROUND_2);

      expect(await store.listRound(id, 'change', undefined)).toEqual([
        first.answer,
        anonymous.answer,
      ]);
      expect(await store.listRound(id, 'change', ROUND_2)).toEqual([
        nextRound.answer,
      ]);
      expect(await store.listAnswers(id)).toHaveLength(4);
    });

    it('replaces the person’s earlier answer of the same round', async () => {
      const { store, record, id } = await setup();
      const first = await record({ anonymous: true });
      const again = await record({
        anonymous: false,
        ratings: [{ criterionId: 'change-1-2', rating: 'NA' }],
      });
      expect(again.replaced).toBe(true);
      expect(again.answer).toMatchObject({
        id: first.answer.id,
        anonymous: false,
        ratings: [{ criterionId: 'change-1-2', rating: 'NA' }],
      });
      expect(await store.listRound(id, 'change', undefined)).toEqual([
        again.answer,
      ]);
    });

    it('keeps one answer per person and round in the database itself', async () => {
      const { knex, record, id } = await setup();
      const { answer } = await record();
      await expect(
        knex('csip_self_assessments').insert({
          id: 'another',
          programme_id: id,
          process: 'change',
          round_start: '',
          respondent: OMAR,
          anonymous: true,
          ratings: '[]',
          answered_at: answer.answeredAt,
        }),
      ).rejects.toThrow(/unique|duplicate/i);
      // An imported anonymous answer has no respondent: those may repeat.
      for (const n of [1, 2]) {
        await knex('csip_self_assessments').insert({
          id: `imported-${n}`,
          programme_id: id,
          process: 'change',
          round_start: '',
          respondent: null,
          anonymous: true,
          ratings: '[]',
          answered_at: answer.answeredAt,
        });
      }
    });

    it('writes inside a caller’s transaction, and nothing stays when it rolls back', async () => {
      const { store, knex, id } = await setup();
      await knex
        .transaction(async tx => {
          await store.withTransaction(tx).recordAnswer({
            programmeId: id,
            process: 'change',
            respondent: OMAR,
            anonymous: false,
            ratings: [{ criterionId: 'change-1-1', rating: 'F' }],
          });
          throw new Error('roll back');
        })
        .catch(() => undefined);
      expect(await store.listAnswers(id)).toEqual([]);
    });
  },
);
