import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  createTestStores,
  newProgramme,
} from '../__testUtils__/createTestStores';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'DatabaseActionStore on %s',
  databaseId => {
    async function setup() {
      const { programmes, actions: store } = await createTestStores(
        databases,
        databaseId,
      );
      const programme = await programmes.createProgramme(newProgramme());
      const add = (description: string, dueDate: string) =>
        store.createAction({
          programmeId: programme.id,
          description,
          owner: 'user:default/omar',
          measure: 'Seen in the register',
          dueDate,
          source: { type: 'manual' },
          createdBy: 'user:default/priya',
        });
      return { store, add, programmeId: programme.id };
    }

    it('creates open actions, lists them by due date and derives overdue', async () => {
      const { store, add, programmeId } = await setup();
      await add('Later', '2999-01-01');
      const past = await add('Past', '2020-01-01');
      expect(past).toMatchObject({
        status: 'open',
        version: 1,
        overdue: true,
        source: { type: 'manual' },
        createdBy: 'user:default/priya',
      });
      const list = await store.listActions(programmeId);
      expect(list.map(a => [a.description, a.overdue])).toEqual([
        ['Past', true],
        ['Later', false],
      ]);
    });

    it('updates with the current version only', async () => {
      const { store, add } = await setup();
      const action = await add('Past', '2020-01-01');
      const done = await store.updateAction(action.id, {
        version: 1,
        status: 'done',
        owner: 'user:default/priya',
      });
      expect(done).toMatchObject({
        status: 'done',
        owner: 'user:default/priya',
        description: 'Past',
        version: 2,
        overdue: false,
      });
      await expect(
        store.updateAction(action.id, { version: 1, status: 'open' }),
      ).rejects.toMatchObject({ name: 'ConflictError' });
      await expect(
        store.updateAction('00000000-0000-0000-0000-000000000000', {
          version: 1,
        }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });
  },
);
