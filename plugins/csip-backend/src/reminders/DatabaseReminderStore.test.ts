import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  createTestStores,
  newProgramme,
} from '../__testUtils__/createTestStores';
import { DatabaseReminderStore } from './DatabaseReminderStore';
import type { Reminder } from './ReminderStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const OMAR = 'user:default/omar.ops';
const DANA = 'user:default/dana.sponsor';
const NOW = '2026-12-03T10:00:00.000Z';

describe.each(databases.eachSupportedId())(
  'DatabaseReminderStore on %s',
  databaseId => {
    async function setup() {
      const { knex, programmes } = await createTestStores(
        databases,
        databaseId,
      );
      const programme = await programmes.createProgramme(
        newProgramme({ title: 'Release CSIP' }),
      );
      const reminder = (recipient: string, n: number): Reminder => ({
        kind: 'action-overdue',
        subject: `action-${n}`,
        recipient,
        occasion: '2026-11-30',
        programmeId: programme.id,
        title: `Action overdue: number ${n}`,
        description: `Action ${n} was due on 2026-11-30`,
        link: `/csip/programmes/${programme.id}?tab=actions`,
      });
      return { store: new DatabaseReminderStore(knex), reminder };
    }

    it('claims a backlog larger than a slice once, whole, oldest first, in one call or split between two', async () => {
      const { store, reminder } = await setup();
      const backlog = Array.from({ length: 1234 }, (_, n) => reminder(OMAR, n));
      const queued = await store.record(
        [...backlog, reminder(DANA, 1), reminder(DANA, 2)],
        { now: NOW, queued: () => true },
      );
      expect(queued).toHaveLength(1236);

      // Two claims at once: each reminder goes to one of them.
      const [a, b] = await Promise.all([
        store.claimPending(OMAR, '2026-12-03T11:00:00.000Z'),
        store.claimPending(OMAR, '2026-12-03T11:00:00.001Z'),
      ]);
      const subjects = [...a, ...b].map(r => r.subject).sort();
      expect(subjects).toEqual(backlog.map(r => r.subject).sort());
      expect(new Set(subjects).size).toBe(1234);
      for (const claimed of [a, b]) {
        const titles = claimed.map(r => r.title);
        expect(titles).toEqual(
          [...titles].sort(new Intl.Collator('en-US').compare),
        );
      }
      expect(await store.claimPending(OMAR, NOW)).toEqual([]);

      // Dana's are hers alone, still waiting.
      const danas = await store.claimPending(DANA, NOW);
      expect(danas.map(r => [r.subject, r.deliveredAt])).toEqual([
        ['action-1', NOW],
        ['action-2', NOW],
      ]);
    });
  },
);
