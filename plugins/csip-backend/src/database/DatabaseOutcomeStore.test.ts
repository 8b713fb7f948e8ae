import { ConflictError } from '@backstage/errors';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  createTestStores,
  newProgramme,
} from '../__testUtils__/createTestStores';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const LEAD = 'user:default/priya';

describe.each(databases.eachSupportedId())(
  'DatabaseOutcomeStore on %s',
  databaseId => {
    async function setup() {
      const stores = await createTestStores(databases, databaseId);
      const programme = await stores.programmes.createProgramme(
        newProgramme({ createdBy: LEAD }),
      );
      return { ...stores, store: stores.outcomes, id: programme.id };
    }

    it('records readings with fractional and negative values, and lists them by day', async () => {
      const { store, id } = await setup();
      const later = await store.recordReading({
        programmeId: id,
        kpiId: 'failed-changes',
        on: '2026-12-01',
        value: 7.25,
        recordedBy: LEAD,
      });
      expect(later).toEqual({
        id: expect.any(String),
        kpiId: 'failed-changes',
        on: '2026-12-01',
        value: 7.25,
        recordedBy: LEAD,
        recordedAt: expect.any(String),
      });
      const earlier = await store.recordReading({
        programmeId: id,
        kpiId: 'net-promoter',
        on: '2026-11-01',
        value: -12.5,
        recordedBy: LEAD,
        recordedAt: '2026-11-02T09:00:00.000Z',
      });
      expect(await store.listReadings(id)).toEqual([earlier, later]);
    });

    it('closes a programme once, keeping its version, and shows the closure and verdict', async () => {
      const { store, programmes, id } = await setup();
      const closure = {
        verdict: 'partly-successful' as const,
        outcome: 'Failed changes fell by a third',
        lessons: 'Name process owners first',
        closedBy: LEAD,
        closedAt: '2026-12-02T10:00:00.000Z',
      };
      await store.close(id, closure);
      const programme = await programmes.getProgramme(id);
      expect(programme?.closure).toEqual(closure);
      expect(programme?.version).toBe(1);
      expect(programme).not.toHaveProperty('verdict');
      const [summary] = await programmes.listAllProgrammes(
        {},
        { all: true },
        10,
      );
      expect(summary.verdict).toBe('partly-successful');

      await expect(
        store.close(id, { ...closure, verdict: 'withdrawn' }),
      ).rejects.toThrow(ConflictError);
      expect((await programmes.getProgramme(id))?.closure?.verdict).toBe(
        'partly-successful',
      );
    });
  },
);
