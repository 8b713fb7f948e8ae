import { reviewCreateSchema } from '@csip-coach/plugin-csip-common';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  createTestStores,
  newProgramme,
} from '../__testUtils__/createTestStores';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const draft = reviewCreateSchema.parse({
  process: 'change',
  date: '2026-11-20',
  suggestions: [
    { technique: 'Change models', advice: 'Start with two models.' },
    { technique: 'CAB agenda', advice: 'Send it a day ahead.' },
  ],
});

describe.each(databases.eachSupportedId())(
  'DatabaseAdviceStore on %s',
  databaseId => {
    async function setup() {
      const {
        programmes,
        reviews,
        advice: store,
      } = await createTestStores(databases, databaseId);
      const programme = await programmes.createProgramme(newProgramme());
      const review = await reviews.createDraft(
        programme.id,
        draft,
        'user:default/alex',
      );
      const respond = (
        index: number,
        seen: number,
        response: 'adopt' | 'defer' | 'decline' = 'adopt',
      ) =>
        store.addResponse({
          reviewId: review.id,
          index,
          seen,
          response,
          programmeId: programme.id,
          respondedBy: 'user:default/priya',
        });
      return { store, respond, programmeId: programme.id, reviewId: review.id };
    }

    it('keeps a history of responses per suggestion, numbered from 1', async () => {
      const { store, respond, programmeId, reviewId } = await setup();
      const first = await respond(0, 0, 'defer');
      expect(first).toEqual({
        reviewId,
        index: 0,
        seq: 1,
        response: 'defer',
        respondedBy: 'user:default/priya',
        respondedAt: expect.any(String),
      });
      const second = await store.addResponse({
        reviewId,
        index: 0,
        seen: 1,
        response: 'adopt',
        reason: 'The CAB agreed',
        outcome: 'Two models in use',
        programmeId,
        respondedBy: 'user:default/omar',
      });
      expect(second).toMatchObject({
        seq: 2,
        reason: 'The CAB agreed',
        outcome: 'Two models in use',
      });
      await respond(1, 0, 'decline');
      const listed = await store.listResponses(programmeId);
      expect(listed.map(r => [r.index, r.seq, r.response])).toEqual([
        [0, 1, 'defer'],
        [0, 2, 'adopt'],
        [1, 1, 'decline'],
      ]);
      expect(listed[1]).toEqual(second);
      expect(await store.listResponses('another-programme')).toEqual([]);
    });

    it('refuses a stale or future `seen`, and the second of two racing responses', async () => {
      const { store, respond, programmeId } = await setup();
      await respond(0, 0);
      await expect(respond(0, 0)).rejects.toMatchObject({
        name: 'ConflictError',
      });
      await expect(respond(0, 2)).rejects.toMatchObject({
        name: 'ConflictError',
      });
      // Both read one response; the primary key lets only one be number 2.
      const results = await Promise.allSettled([respond(0, 1), respond(0, 1)]);
      expect(results.map(r => r.status).sort()).toEqual([
        'fulfilled',
        'rejected',
      ]);
      const rejected = results.find(r => r.status === 'rejected') as
        | PromiseRejectedResult
        | undefined;
      expect(rejected?.reason).toMatchObject({ name: 'ConflictError' });
      expect((await store.listResponses(programmeId)).map(r => r.seq)).toEqual([
        1, 2,
      ]);
    });

    it('appends comments and lists them oldest first, per review', async () => {
      const { store, programmeId, reviewId } = await setup();
      const first = await store.addComment({
        reviewId,
        programmeId,
        text: 'Good to see the team lead this one.',
        author: 'user:default/alex',
      });
      expect(first).toEqual({
        id: expect.any(String),
        reviewId,
        text: 'Good to see the team lead this one.',
        author: 'user:default/alex',
        createdAt: expect.any(String),
      });
      await new Promise(resolve => setTimeout(resolve, 5));
      await store.addComment({
        reviewId,
        programmeId,
        text: 'Thanks!',
        author: 'user:default/priya',
      });
      expect((await store.listComments(reviewId)).map(c => c.text)).toEqual([
        'Good to see the team lead this one.',
        'Thanks!',
      ]);
      expect(await store.listComments('no-such-review')).toEqual([]);
    });
  },
);
