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
  participants: ['Priya Nair'],
  ratings: [{ criterionId: 'change-1-1', coach: 'L', team: 'F' }],
  strengths: ['Every change has a record'],
  actions: [
    {
      description: 'Publish the change schedule',
      owner: 'user:default/priya',
      measure: 'Schedule on the wiki',
      dueDate: '2026-12-15',
    },
  ],
});

const publication = {
  level: 1,
  toneFindings: [],
  toneAcknowledged: false,
  actions: draft.actions,
  publishedBy: 'user:default/alex',
};

describe.each(databases.eachSupportedId())(
  'DatabaseReviewStore on %s',
  databaseId => {
    async function setup() {
      const {
        programmes,
        reviews: store,
        actions,
      } = await createTestStores(databases, databaseId);
      const programme = await programmes.createProgramme(newProgramme());
      return { store, actions, programmeId: programme.id };
    }

    it('creates drafts and edits them under optimistic concurrency', async () => {
      const { store, programmeId } = await setup();
      const created = await store.createDraft(
        programmeId,
        draft,
        'user:default/alex',
      );
      expect(created).toMatchObject({
        programmeId,
        process: 'change',
        state: 'draft',
        version: 1,
        author: 'user:default/alex',
        strengths: ['Every change has a record'],
      });
      expect(created.level).toBeUndefined();

      const edited = await store.updateDraft(created.id, {
        version: 1,
        observations: ['Emergency changes are recorded afterwards'],
        date: '2026-11-21',
      });
      expect(edited).toMatchObject({
        version: 2,
        date: '2026-11-21',
        strengths: ['Every change has a record'],
        observations: ['Emergency changes are recorded afterwards'],
      });

      await expect(
        store.updateDraft(created.id, { version: 1, strengths: [] }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        store.updateDraft('00000000-0000-0000-0000-000000000000', {
          version: 1,
        }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
      expect((await store.getReview(created.id))!.version).toBe(2);
    });

    it('publishes once, with the level, tone and actions, and never changes a published review', async () => {
      const { store, actions, programmeId } = await setup();
      const created = await store.createDraft(
        programmeId,
        draft,
        'user:default/alex',
      );
      const finding = {
        field: 'strengths.0',
        start: 0,
        end: 5,
        phrase: 'never',
        category: 'absolute' as const,
        suggestion: 'rarely',
      };
      const published = await store.publish(
        created.id,
        { ...publication, toneFindings: [finding], toneAcknowledged: true },
        1,
      );
      expect(published).toMatchObject({
        state: 'published',
        version: 2,
        level: 1,
        toneFindings: [finding],
        toneAcknowledged: true,
      });
      expect(published.publishedAt).toBeDefined();

      const register = await actions.listActions(programmeId);
      expect(register).toEqual([
        expect.objectContaining({
          description: 'Publish the change schedule',
          owner: 'user:default/priya',
          status: 'open',
          source: { type: 'review', reviewId: created.id, process: 'change' },
          createdBy: 'user:default/alex',
          version: 1,
        }),
      ]);

      await expect(
        store.updateDraft(created.id, { version: 2, strengths: [] }),
      ).rejects.toThrow(/published and cannot change/);
      await expect(
        store.publish(created.id, publication),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      expect(await actions.listActions(programmeId)).toHaveLength(1);
    });

    it('refuses to publish a stale draft and writes no actions then', async () => {
      const { store, actions, programmeId } = await setup();
      const created = await store.createDraft(
        programmeId,
        draft,
        'user:default/alex',
      );
      await store.updateDraft(created.id, { version: 1, participants: [] });
      await expect(
        store.publish(created.id, publication, 1),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      expect(await actions.listActions(programmeId)).toEqual([]);
      expect((await store.getReview(created.id))!.state).toBe('draft');
    });

    it('records an amendment that points at the original, once', async () => {
      const { store, actions, programmeId } = await setup();
      const original = await store.publish(
        (
          await store.createDraft(programmeId, draft, 'user:default/alex')
        ).id,
        { ...publication, actions: [] },
      );
      const amendment = await store.amend(
        original,
        { ...draft, strengths: ['Every change has a record and an owner'] },
        { ...publication, level: 0, reason: 'Rated change-1-1 too high' },
      );
      expect(amendment).toMatchObject({
        state: 'published',
        amends: original.id,
        amendmentReason: 'Rated change-1-1 too high',
        level: 0,
        author: 'user:default/alex',
      });
      expect((await store.getReview(original.id))!.amendedBy).toBe(
        amendment.id,
      );
      const listed = await store.listReviews(programmeId);
      expect(listed.find(r => r.id === original.id)!.amendedBy).toBe(
        amendment.id,
      );
      expect(await actions.listActions(programmeId)).toEqual([
        expect.objectContaining({
          source: { type: 'review', reviewId: amendment.id, process: 'change' },
        }),
      ]);

      await expect(
        store.amend(original, draft, { ...publication, reason: 'again' }),
      ).rejects.toThrow(/already amended/);
    });

    it('lists a programme’s reviews newest date first', async () => {
      const { store, programmeId } = await setup();
      await store.createDraft(programmeId, draft, 'user:default/alex');
      await store.createDraft(
        programmeId,
        { ...draft, date: '2026-12-01' },
        'user:default/alex',
      );
      expect((await store.listReviews(programmeId)).map(r => r.date)).toEqual([
        '2026-12-01',
        '2026-11-20',
      ]);
      expect(await store.listReviews('other')).toEqual([]);
    });
  },
);
