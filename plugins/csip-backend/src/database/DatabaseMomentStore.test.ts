import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  createTestStores,
  newProgramme,
} from '../__testUtils__/createTestStores';
import type { NewMoment } from './MomentStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const COACH = 'user:default/alex';
const OMAR = 'user:default/omar';

describe.each(databases.eachSupportedId())(
  'DatabaseMomentStore on %s',
  databaseId => {
    async function setup() {
      const stores = await createTestStores(databases, databaseId);
      const programme = await stores.programmes.createProgramme(
        newProgramme({ createdBy: COACH }),
      );
      const record = (fields: Partial<NewMoment> = {}) =>
        stores.moments.recordMoment({
          programmeId: programme.id,
          recordedBy: COACH,
          process: 'change',
          kind: 'in-the-work',
          observation: 'The CAB read every change in full',
          ...fields,
        });
      return { ...stores, store: stores.moments, record, id: programme.id };
    }

    it('records a moment with its commitment as a follow-up, and lists both', async () => {
      const { store, record, id } = await setup();
      const plain = await record({ kind: 'scheduled' });
      expect(plain).toEqual({
        id: expect.any(String),
        programmeId: id,
        process: 'change',
        kind: 'scheduled',
        observation: 'The CAB read every change in full',
        recordedBy: COACH,
        at: expect.any(String),
      });
      expect(plain.followUpId).toBeUndefined();

      const committed = await record({
        context: { kind: 'cab-meeting', ref: 'CAB-12', title: 'Weekly CAB' },
        question: 'What would tell you a change is ready for CAB?',
        answer: 'A tested back-out plan',
        commitment: {
          text: 'Triage standard changes before CAB',
          owner: OMAR,
          followUpOn: '2020-01-10',
        },
      });
      expect(committed).toMatchObject({
        context: { kind: 'cab-meeting', ref: 'CAB-12', title: 'Weekly CAB' },
        commitment: {
          text: 'Triage standard changes before CAB',
          owner: OMAR,
          followUpOn: '2020-01-10',
        },
        followUpId: expect.any(String),
      });

      // Newest first, each as recorded.
      const moments = await store.listMoments(id);
      expect(moments.map(m => m.id)).toEqual([committed.id, plain.id]);
      expect(moments).toEqual([committed, plain]);

      const [followUp] = await store.listFollowUps(id);
      expect(followUp).toEqual({
        id: committed.followUpId,
        programmeId: id,
        momentId: committed.id,
        process: 'change',
        text: 'Triage standard changes before CAB',
        owner: OMAR,
        followUpOn: '2020-01-10',
        recordedBy: COACH,
        createdAt: committed.at,
        due: true,
      });
      expect(await store.getFollowUp(followUp.id)).toEqual(followUp);
      expect(await store.getFollowUp('nope')).toBeUndefined();
    });

    it('lists open follow-ups first by date, then those with an outcome', async () => {
      const { store, record, id } = await setup();
      const commit = (text: string, followUpOn: string) =>
        record({ commitment: { text, owner: OMAR, followUpOn } });
      await commit('Later', '2999-01-01');
      const early = await commit('Early, kept', '2000-01-01');
      await commit('Sooner', '2020-01-01');
      await store.recordOutcome(early.followUpId!, { outcome: 'kept' }, OMAR);

      const list = await store.listFollowUps(id);
      expect(list.map(f => [f.text, f.due])).toEqual([
        ['Sooner', true],
        ['Later', false],
        ['Early, kept', false],
      ]);
    });

    it('records an outcome once: a second is a conflict, an unknown id not found', async () => {
      const { store, record } = await setup();
      const { followUpId } = await record({
        commitment: { text: 'Do it', owner: OMAR, followUpOn: '2020-01-01' },
      });
      const kept = await store.recordOutcome(
        followUpId!,
        { outcome: 'partly', note: 'Half the changes' },
        OMAR,
      );
      expect(kept).toMatchObject({
        outcome: 'partly',
        note: 'Half the changes',
        outcomeBy: OMAR,
        outcomeAt: expect.any(String),
        due: false,
      });
      await expect(
        store.recordOutcome(followUpId!, { outcome: 'kept' }, COACH),
      ).rejects.toMatchObject({
        name: 'ConflictError',
        message: expect.stringContaining('already recorded'),
      });
      expect(await store.getFollowUp(followUpId!)).toEqual(kept);
      await expect(
        store.recordOutcome(
          '00000000-0000-0000-0000-000000000000',
          { outcome: 'kept' },
          OMAR,
        ),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('writes the moment and its follow-up together or not at all', async () => {
      const { store, record, id, knex } = await setup();
      // A follow-up the database refuses (no text) takes the moment with it.
      await expect(
        record({
          commitment: {
            text: null as unknown as string,
            owner: OMAR,
            followUpOn: '2020-01-01',
          },
        }),
      ).rejects.toThrow();
      expect(await store.listMoments(id)).toEqual([]);
      // Inside a caller's transaction that rolls back, nothing stays.
      await knex
        .transaction(async tx => {
          await store.withTransaction(tx).recordMoment({
            programmeId: id,
            recordedBy: COACH,
            process: 'change',
            kind: 'in-the-work',
            observation: 'Rolled back',
            commitment: { text: 'y', owner: OMAR, followUpOn: '2020-01-01' },
          });
          throw new Error('roll back');
        })
        .catch(() => undefined);
      expect(await store.listMoments(id)).toEqual([]);
      expect(await store.listFollowUps(id)).toEqual([]);
    });
  },
);
