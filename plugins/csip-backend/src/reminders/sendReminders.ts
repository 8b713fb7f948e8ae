import { setImmediate } from 'node:timers/promises';
import { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { MaturityModel } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { DatabaseScopeStore } from '../database/DatabaseScopeStore';
import type { ScopeStore } from '../database/ScopeStore';
import { DatabaseReminderStore } from './DatabaseReminderStore';
import { findDueReminders } from './findDueReminders';
import { listReminderProgrammes } from './listReminderProgrammes';
import type { ReminderConfig } from './readReminderConfig';
import type {
  ReminderKey,
  ReminderStore,
  StoredReminder,
} from './ReminderStore';
import { REMINDER_TOPIC, sendDigests } from './sendDigests';

/**
 * The notification scope of a reminder: its key, so that the notifications
 * backend, too, keeps one notification per reminder.
 *
 * @internal
 */
export function reminderScope(key: ReminderKey): string {
  return [REMINDER_TOPIC, key.kind, key.subject, key.recipient, key.occasion]
    .map(part => part.replace(/:/g, '%3A'))
    .join(':');
}

/** What one run did. @internal */
export type ReminderRunResult = {
  /** Reminders sent one by one. */
  sent: number;
  /** Reminders recorded for a later digest. */
  queued: number;
  /** Digests sent. */
  digests: number;
};

async function sendOne(
  reminder: StoredReminder,
  options: {
    store: ReminderStore;
    notifications: NotificationService;
    logger?: LoggerService;
  },
): Promise<boolean> {
  try {
    await options.notifications.send({
      recipients: { type: 'entity', entityRef: reminder.recipient },
      payload: {
        title: reminder.title,
        description: reminder.description,
        link: reminder.link,
        severity: reminder.kind === 'action-overdue' ? 'high' : 'normal',
        topic: REMINDER_TOPIC,
        scope: reminderScope(reminder),
      },
    });
    return true;
  } catch (error) {
    options.logger?.warn(
      `Could not send the ${reminder.kind} reminder about ${reminder.subject} to ${reminder.recipient}; the next run tries again: ${error}`,
    );
    // Not sent: the next run decides it again.
    await options.store.forget(reminder);
    return false;
  }
}

/**
 * One run of the reminders job (`csip-reminders`), as of `now`. Walks the
 * programmes that are not archived, `batch` at a time, and for each page
 * decides the reminders due (see findDueReminders), records them in one
 * insert whose conflicts are ignored and sends only those this run
 * inserted: the reminders table's key, not this code, is what makes a
 * reminder go out once, even when several backend instances run at the
 * same moment. People on a weekly digest (their choice, else
 * `csip.reminders.delivery`) get theirs queued and, once a week, one
 * notification listing them (see sendDigests). Anyone else gets at most
 * `csip.reminders.maxSinglePerRun` single notifications from a run; the
 * rest of theirs wait, and the run ends with one digest listing them, so
 * that a backlog (thousands of overdue actions after an import) is one
 * notification per person, not thousands, and the run does not hold the
 * backend's event loop for as long as it takes to send them. Does nothing when
 * `csip.reminders.enabled` is false; stops early when `signal` aborts.
 *
 * @internal
 */
export async function sendReminders(options: {
  knex: Knex;
  notifications: NotificationService;
  config: ReminderConfig;
  /** The portal's maturity model, for the names of its processes. */
  model: MaturityModel;
  now: Date;
  store?: ReminderStore;
  scopes?: ScopeStore;
  batch?: number;
  signal?: AbortSignal;
  logger?: LoggerService;
}): Promise<ReminderRunResult> {
  const { knex, config, model, now, signal, logger } = options;
  const result: ReminderRunResult = { sent: 0, queued: 0, digests: 0 };
  if (!config.enabled) return result;
  const store = options.store ?? new DatabaseReminderStore(knex);
  const scopes = options.scopes ?? new DatabaseScopeStore(knex);
  // Small pages: each is decided and recorded without a turn of the event
  // loop, which requests wait for.
  const batch = options.batch ?? 25;
  const at = now.toISOString();
  const delivery = { store, notifications: options.notifications, logger };
  /** How many single notifications each person has had from this run. */
  const singlesOf = new Map<string, number>();

  let after: string | undefined;
  while (!signal?.aborted) {
    const programmes = await listReminderProgrammes(knex, {
      after,
      limit: batch,
    });
    const due = await findDueReminders({
      knex,
      scopes,
      config,
      model,
      now,
      programmes,
    });
    const preferences = await store.getPreferences([
      ...new Set(due.map(r => r.recipient)),
    ]);
    const inserted = await store.record(due, {
      now: at,
      queued: r =>
        (preferences.get(r.recipient)?.delivery ?? config.delivery) ===
        'weekly-digest',
    });
    // Beyond a person's `maxSinglePerRun`, their reminders wait for the
    // digest at the end of this run instead of going out one by one.
    const overflow: StoredReminder[] = [];
    for (const reminder of inserted) {
      if (!reminder.deliveredAt) {
        result.queued += 1;
        continue;
      }
      const singles = singlesOf.get(reminder.recipient) ?? 0;
      if (singles >= config.maxSinglePerRun) {
        overflow.push(reminder);
        continue;
      }
      singlesOf.set(reminder.recipient, singles + 1);
      if (await sendOne(reminder, delivery)) result.sent += 1;
    }
    if (overflow.length) {
      await store.unclaim(overflow, at);
      result.queued += overflow.length;
    }
    if (programmes.length < batch) break;
    after = programmes[programmes.length - 1].id;
    await setImmediate();
  }

  result.digests = await sendDigests({
    ...delivery,
    delivery: config.delivery,
    now,
    batch,
    signal,
  });
  logger?.info(
    `Reminders as of ${at}: ${result.sent} sent, ${
      result.queued
    } queued for a digest, ${result.digests} digests sent${
      signal?.aborted ? '; stopped early, the next run continues' : ''
    }`,
  );
  return result;
}
