import { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { ReminderDelivery } from '@csip-coach/plugin-csip-common';
import type { ReminderStore, StoredReminder } from './ReminderStore';

/** How long a weekly digest waits after the previous one. */
const WEEK_MS = 7 * 86_400_000;

/** How many reminders a digest names; the rest are counted. */
const LISTED = 10;

/** The topic of every CSIP Coach reminder, digests included. @internal */
export const REMINDER_TOPIC = 'csip-reminder';

/** The page where people find all their work. */
const MY_WORK_LINK = '/csip?tab=for-you';

function digestPayload(reminders: StoredReminder[], now: string) {
  const listed = reminders.slice(0, LISTED).map(r => `• ${r.title}`);
  const more = reminders.length - listed.length;
  return {
    title: `Your CSIP Coach reminders: ${reminders.length} since the last digest`,
    description: [...listed, ...(more > 0 ? [`and ${more} more`] : [])].join(
      '\n',
    ),
    link: MY_WORK_LINK,
    severity: 'normal' as const,
    topic: REMINDER_TOPIC,
    scope: `${REMINDER_TOPIC}:digest:${reminders[0].recipient}:${now}`,
  };
}

/**
 * Sends the digests that are due: one notification per person listing the
 * reminders waiting for them. For someone on `weekly-digest`, 7 days after
 * their previous digest (or at once for the first); for someone who has
 * since chosen `each` (or whose reminders overflowed `maxSinglePerRun`),
 * at once. Each person's digest is claimed with a compare-and-set of their
 * last digest time, and then their waiting reminders, so that with several
 * runs at once each digest goes out once; a digest that cannot be sent is
 * given back for the next run.
 *
 * @returns how many digests it sent
 * @internal
 */
export async function sendDigests(options: {
  store: ReminderStore;
  notifications: NotificationService;
  /** The portal default for people who have not chosen. */
  delivery: ReminderDelivery;
  now: Date;
  batch: number;
  signal?: AbortSignal;
  logger?: LoggerService;
}): Promise<number> {
  const { store, notifications, now, batch, signal, logger } = options;
  const at = now.toISOString();
  let sent = 0;
  let after: string | undefined;
  while (!signal?.aborted) {
    const recipients = await store.recipientsWithPending({
      after,
      limit: batch,
    });
    const preferences = await store.getPreferences(recipients);
    for (const recipient of recipients) {
      const preference = preferences.get(recipient);
      const weekly =
        (preference?.delivery ?? options.delivery) === 'weekly-digest';
      const previous = preference?.lastDigestAt;
      if (
        weekly &&
        previous &&
        Date.parse(previous) + WEEK_MS > now.getTime()
      ) {
        continue;
      }
      const claim = { previous, now: at };
      // Everyone's digest is claimed, so that one run sends it even though
      // its reminders are claimed a slice at a time.
      if (!(await store.claimDigest(recipient, claim))) continue;
      const reminders = await store.claimPending(recipient, at);
      if (reminders.length) {
        try {
          await notifications.send({
            recipients: { type: 'entity', entityRef: recipient },
            payload: digestPayload(reminders, at),
          });
          sent += 1;
          continue;
        } catch (error) {
          logger?.warn(
            `Could not send the reminder digest of ${recipient}; the next run tries again: ${error}`,
          );
          await store.unclaim(reminders, at);
        }
      }
      // Nothing was sent: the claim is given back (a weekly person's week
      // is not used up).
      await store.releaseDigest(recipient, claim);
    }
    if (recipients.length < batch) break;
    after = recipients[recipients.length - 1];
  }
  return sent;
}
