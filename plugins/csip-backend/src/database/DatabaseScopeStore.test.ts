import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  createTestStores,
  newProgramme,
} from '../__testUtils__/createTestStores';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const scope = {
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
  ],
  objectives: ['Halve failed changes'],
  outOfScope: [],
  milestones: [{ title: 'Baseline review', date: '2027-01-31' }],
  resources: { coachDays: 10, budget: 20000, notes: 'Two days a fortnight' },
  assumptions: [],
  approvers: ['user:default/priya'],
};

describe.each(databases.eachSupportedId())(
  'DatabaseScopeStore on %s',
  databaseId => {
    async function setup() {
      const { programmes, scopes: store } = await createTestStores(
        databases,
        databaseId,
      );
      const create = (title: string) =>
        programmes.createProgramme(newProgramme({ title }));
      return { store, create };
    }

    it('numbers versions per programme and lists them newest first', async () => {
      const { store, create } = await setup();
      const a = await create('A');
      const b = await create('B');
      const v1 = await store.publishVersion(a.id, scope, 'user:default/alex');
      const v2 = await store.publishVersion(
        a.id,
        { ...scope, objectives: [] },
        'user:default/bo',
      );
      const b1 = await store.publishVersion(b.id, scope, 'user:default/alex');
      expect([v1.number, v2.number, b1.number]).toEqual([1, 2, 1]);
      expect(v1).toMatchObject({
        ...scope,
        programmeId: a.id,
        publishedBy: 'user:default/alex',
      });

      const versions = await store.listVersions(a.id);
      expect(versions.map(v => v.number)).toEqual([2, 1]);
      expect(versions[1]).toEqual(v1);

      const current = await store.listCurrentVersions();
      expect(current.map(v => [v.programmeId, v.number]).sort()).toEqual(
        [
          [a.id, 2],
          [b.id, 1],
        ].sort(),
      );
    });

    it('keeps every agreement, per version, in order', async () => {
      const { store, create } = await setup();
      const a = await create('A');
      await store.publishVersion(a.id, scope, 'user:default/alex');
      await store.publishVersion(a.id, scope, 'user:default/alex');
      await store.recordAgreement({
        programmeId: a.id,
        versionNumber: 1,
        userRef: 'user:default/dana',
        decision: 'agree',
        comment: '',
      });
      await store.recordAgreement({
        programmeId: a.id,
        versionNumber: 2,
        userRef: 'user:default/dana',
        decision: 'decline',
        comment: 'Too few coach days',
      });
      await store.recordAgreement({
        programmeId: a.id,
        versionNumber: 2,
        userRef: 'user:default/dana',
        decision: 'agree',
        comment: 'Fine after all',
      });
      expect(
        (await store.listAgreements(a.id, 1)).map(x => x.decision),
      ).toEqual(['agree']);
      expect(
        (await store.listAgreements(a.id, 2)).map(x => [x.decision, x.comment]),
      ).toEqual([
        ['decline', 'Too few coach days'],
        ['agree', 'Fine after all'],
      ]);
    });
  },
);
