import { setImmediate } from 'node:timers/promises';
import type {
  ReminderDelivery,
  ReminderKind,
} from '@csip-coach/plugin-csip-common';
import { KnexStore } from '../database/KnexStore';
import type {
  Reminder,
  ReminderKey,
  ReminderPreferenceRecord,
  ReminderStore,
  StoredReminder,
} from './ReminderStore';

const KEY_COLUMNS = ['kind', 'subject', 'recipient', 'occasion'];

/** How many of one person's waiting reminders a statement claims. */
const CLAIM_SLICE = 500;

/** A row of `csip_reminders`. */
type ReminderRow = {
  kind: ReminderKind;
  subject: string;
  recipient: string;
  occasion: string;
  programme_id: string;
  title: string;
  description: string;
  link: string;
  created_at: string;
  delivered_at: string | null;
};

/** A row of `csip_reminder_preferences`. */
type PreferenceRow = {
  user_ref: string;
  delivery: ReminderDelivery | null;
  last_digest_at: string | null;
  updated_at: string;
};

function toRow(reminder: Reminder, now: string, queued: boolean): ReminderRow {
  return {
    kind: reminder.kind,
    subject: reminder.subject,
    recipient: reminder.recipient,
    occasion: reminder.occasion,
    programme_id: reminder.programmeId,
    title: reminder.title,
    description: reminder.description,
    link: reminder.link,
    created_at: now,
    delivered_at: queued ? null : now,
  };
}

function toReminder(row: ReminderRow): StoredReminder {
  return {
    kind: row.kind,
    subject: row.subject,
    recipient: row.recipient,
    occasion: row.occasion,
    programmeId: row.programme_id,
    title: row.title,
    description: row.description,
    link: row.link,
    createdAt: row.created_at,
    ...(row.delivered_at && { deliveredAt: row.delivered_at }),
  };
}

const keyOf = (r: ReminderKey) => [r.kind, r.subject, r.recipient, r.occasion];

/**
 * `rows` in the order they are inserted, the same on every instance (no
 * deadlocks): by their key, compared by code unit, each key built once.
 */
function inKeyOrder(rows: ReminderRow[]): ReminderRow[] {
  return rows
    .map(row => ({ row, key: keyOf(row).join('\u0000') }))
    .sort((a, b) => byCodeUnit(a.key, b.key))
    .map(({ row }) => row);
}

function byCodeUnit(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** A digest's order: oldest first, then by title as people read it. */
const titles = new Intl.Collator('en-US');
const oldestFirst = (a: StoredReminder, b: StoredReminder) =>
  byCodeUnit(a.createdAt, b.createdAt) || titles.compare(a.title, b.title);

/**
 * Knex implementation of {@link ReminderStore}.
 *
 * @internal
 */
export class DatabaseReminderStore extends KnexStore implements ReminderStore {
  async record(
    reminders: Reminder[],
    options: { now: string; queued: (reminder: Reminder) => boolean },
  ): Promise<StoredReminder[]> {
    if (!reminders.length) return [];
    const rows = inKeyOrder(
      reminders.map(r => toRow(r, options.now, options.queued(r))),
    );
    const inserted: ReminderRow[] = [];
    // A few hundred rows per statement keeps within every engine's limit
    // on bound parameters.
    for (let i = 0; i < rows.length; i += 200) {
      inserted.push(
        ...((await this.db('csip_reminders')
          .insert(rows.slice(i, i + 200))
          .onConflict(KEY_COLUMNS)
          .ignore()
          .returning('*')) as ReminderRow[]),
      );
    }
    return inserted.map(toReminder);
  }

  async forget(key: ReminderKey): Promise<void> {
    await this.db('csip_reminders')
      .where({
        kind: key.kind,
        subject: key.subject,
        recipient: key.recipient,
        occasion: key.occasion,
      })
      .delete();
  }

  async getPreferences(
    userRefs: string[],
  ): Promise<Map<string, ReminderPreferenceRecord>> {
    const result = new Map<string, ReminderPreferenceRecord>();
    for (let i = 0; i < userRefs.length; i += 500) {
      const rows: PreferenceRow[] = await this.db('csip_reminder_preferences')
        .whereIn('user_ref', userRefs.slice(i, i + 500))
        .select();
      for (const row of rows) {
        result.set(row.user_ref, {
          userRef: row.user_ref,
          ...(row.delivery && { delivery: row.delivery }),
          ...(row.last_digest_at && { lastDigestAt: row.last_digest_at }),
        });
      }
    }
    return result;
  }

  async putDelivery(
    userRef: string,
    delivery: ReminderDelivery,
    now: string,
  ): Promise<void> {
    await this.db('csip_reminder_preferences')
      .insert({ user_ref: userRef, delivery, updated_at: now })
      .onConflict('user_ref')
      .merge(['delivery', 'updated_at']);
  }

  async recipientsWithPending(page: {
    after?: string;
    limit: number;
  }): Promise<string[]> {
    const query = this.db('csip_reminders')
      .whereNull('delivered_at')
      .distinct('recipient')
      .orderBy('recipient')
      .limit(page.limit);
    if (page.after !== undefined) query.where('recipient', '>', page.after);
    const rows: { recipient: string }[] = await query;
    return rows.map(r => r.recipient);
  }

  async claimDigest(
    userRef: string,
    claim: { previous?: string; now: string },
  ): Promise<boolean> {
    await this.db('csip_reminder_preferences')
      .insert({ user_ref: userRef, updated_at: claim.now })
      .onConflict('user_ref')
      .ignore();
    const query = this.db('csip_reminder_preferences').where({
      user_ref: userRef,
    });
    if (claim.previous === undefined) query.whereNull('last_digest_at');
    else query.where('last_digest_at', claim.previous);
    return (await query.update({ last_digest_at: claim.now })) === 1;
  }

  async releaseDigest(
    userRef: string,
    claim: { previous?: string; now: string },
  ): Promise<void> {
    await this.db('csip_reminder_preferences')
      .where({ user_ref: userRef, last_digest_at: claim.now })
      .update({ last_digest_at: claim.previous ?? null });
  }

  async claimPending(userRef: string, at: string): Promise<StoredReminder[]> {
    const claimed: ReminderRow[] = [];
    for (;;) {
      const slice = this.db('csip_reminders')
        .select(KEY_COLUMNS)
        .where({ recipient: userRef })
        .whereNull('delivered_at')
        .limit(CLAIM_SLICE);
      // Row locks (PostgreSQL) or the single writer (SQLite): a concurrent
      // claim re-checks `delivered_at` and updates none of these rows.
      const rows: ReminderRow[] = await this.db('csip_reminders')
        .whereIn(KEY_COLUMNS, slice)
        .whereNull('delivered_at')
        .update({ delivered_at: at })
        .returning('*');
      if (!rows.length) break;
      claimed.push(...rows);
      await setImmediate();
    }
    return claimed.map(toReminder).sort(oldestFirst);
  }

  async unclaim(keys: ReminderKey[], at: string): Promise<void> {
    for (let i = 0; i < keys.length; i += 200) {
      await this.db('csip_reminders')
        .whereIn(KEY_COLUMNS, keys.slice(i, i + 200).map(keyOf))
        .where({ delivered_at: at })
        .update({ delivered_at: null });
    }
  }
}
