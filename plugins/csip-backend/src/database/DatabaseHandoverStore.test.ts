import { missingTemplateItems } from '@csip-coach/plugin-csip-common';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  createTestStores,
  newProgramme,
} from '../__testUtils__/createTestStores';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const change = { id: 'change', name: 'Change management' };
const release = { id: 'release', name: 'Release management' };

describe.each(databases.eachSupportedId())(
  'DatabaseHandoverStore on %s',
  databaseId => {
    async function setup() {
      const { programmes, handover: store } = await createTestStores(
        databases,
        databaseId,
      );
      const programme = await programmes.createProgramme(newProgramme());
      return { store, programmeId: programme.id };
    }

    it('adds template items once, even when two requests seed at the same time', async () => {
      const { store, programmeId } = await setup();
      const drafts = missingTemplateItems([], [change]);
      await Promise.all([
        store.addTemplateItems(programmeId, drafts),
        store.addTemplateItems(programmeId, drafts),
      ]);
      const items = await store.listItems(programmeId);
      expect(items).toHaveLength(drafts.length);
      expect(items[0]).toMatchObject({
        templateKey: drafts[0].templateKey,
        status: 'not-started',
        version: 1,
      });
      expect(items.map(i => i.title)).toEqual(drafts.map(d => d.title));

      const later = missingTemplateItems(items, [change, release]);
      await store.addTemplateItems(programmeId, later);
      const all = await store.listItems(programmeId);
      expect(all).toHaveLength(drafts.length + later.length);
      expect(all.slice(drafts.length).every(i => i.process === 'release')).toBe(
        true,
      );
    });

    it('adds custom items and updates items under optimistic concurrency', async () => {
      const { store, programmeId } = await setup();
      const custom = await store.addCustomItem(
        programmeId,
        {
          title: 'Runbook for the payments release',
          description: '',
          category: 'documentation',
          process: 'release',
          weight: 2,
          critical: true,
        },
        'user:default/priya',
      );
      expect(custom).toMatchObject({
        process: 'release',
        critical: true,
        weight: 2,
        status: 'not-started',
      });
      expect(custom.templateKey).toBeUndefined();

      const verified = await store.updateItem(
        custom.id,
        {
          status: 'verified',
          evidence: 'Used for the March release',
          verifiedBy: 'user:default/alex',
          verifiedAt: '2026-11-23T10:00:00.000Z',
          updatedBy: 'user:default/alex',
        },
        1,
      );
      expect(verified).toMatchObject({
        status: 'verified',
        evidence: 'Used for the March release',
        verifiedBy: 'user:default/alex',
        verifiedAt: '2026-11-23T10:00:00.000Z',
        version: 2,
      });
      await expect(
        store.updateItem(
          custom.id,
          { status: 'in-progress', updatedBy: 'x' },
          1,
        ),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      const reopened = await store.updateItem(custom.id, {
        status: 'in-progress',
        verifiedBy: null,
        verifiedAt: null,
        updatedBy: 'user:default/alex',
      });
      expect(reopened.verifiedBy).toBeUndefined();
      await expect(
        store.updateItem('00000000-0000-0000-0000-000000000000', {
          updatedBy: 'x',
        }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('keeps the skills matrix with a version', async () => {
      const { store, programmeId } = await setup();
      expect(await store.getSkills(programmeId)).toEqual({
        people: [],
        version: 0,
      });
      const people = [
        {
          userRef: 'user:default/omar',
          skills: { change: 'proficient' as const },
        },
      ];
      const saved = await store.putSkills(
        programmeId,
        { people, version: 0 },
        'user:default/priya',
      );
      expect(saved).toMatchObject({
        people,
        version: 1,
        updatedBy: 'user:default/priya',
      });
      expect(await store.getSkills(programmeId)).toMatchObject({
        people,
        version: 1,
      });
      await expect(
        store.putSkills(programmeId, { people: [], version: 0 }, 'x'),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      expect(
        (await store.putSkills(programmeId, { people: [], version: 1 }, 'x'))
          .version,
      ).toBe(2);
    });
  },
);
