import type {
  ReminderDelivery,
  ReminderKind,
} from '@csip-coach/plugin-csip-common';

/**
 * What makes a reminder itself: sent once per kind, subject, recipient and
 * occasion (a new occasion, such as a changed due date, is a new reminder).
 *
 * @internal
 */
export type ReminderKey = {
  kind: ReminderKind;
  /** What it is about: an action, a follow-up, a scope version, … */
  subject: string;
  /** The person's entity ref, lower case. */
  recipient: string;
  /** What makes it new, such as the due date it is about. */
  occasion: string;
};

/** A reminder the job decided to send, with its words. @internal */
export type Reminder = ReminderKey & {
  programmeId: string;
  title: string;
  description: string;
  /** The page of the portal it is about. */
  link: string;
};

/** A reminder as stored; `deliveredAt` is absent while it waits for a digest. @internal */
export type StoredReminder = Reminder & {
  createdAt: string;
  deliveredAt?: string;
};

/** One person's choice of delivery (absent: the portal default) and last digest. @internal */
export type ReminderPreferenceRecord = {
  userRef: string;
  delivery?: ReminderDelivery;
  lastDigestAt?: string;
};

/**
 * The reminders decided so far and how people get them. The database's
 * primary key on {@link ReminderKey} is what makes a reminder go out once,
 * however many backend instances decide it at the same time.
 *
 * @internal
 */
export interface ReminderStore {
  /**
   * Records the reminders not recorded before, in one statement whose
   * conflicts are ignored; returns those this call inserted, the only ones
   * its caller may send. `queued` ones wait for a digest (no `deliveredAt`);
   * the others are recorded as delivered at `now`.
   */
  record(
    reminders: Reminder[],
    options: { now: string; queued: (reminder: Reminder) => boolean },
  ): Promise<StoredReminder[]>;
  /** Forgets a reminder whose sending failed, so that a later run decides it again. */
  forget(key: ReminderKey): Promise<void>;
  /** The preferences of those of `userRefs` that have a row (lower-case refs). */
  getPreferences(
    userRefs: string[],
  ): Promise<Map<string, ReminderPreferenceRecord>>;
  /** Sets one person's choice of delivery. */
  putDelivery(
    userRef: string,
    delivery: ReminderDelivery,
    now: string,
  ): Promise<void>;
  /** People with reminders waiting for a digest, in order, a page at a time. */
  recipientsWithPending(page: {
    after?: string;
    limit: number;
  }): Promise<string[]>;
  /**
   * Claims one person's digest: sets their `lastDigestAt` to `now` if it is
   * still `previous` (compare and set); false when another run claimed it.
   */
  claimDigest(
    userRef: string,
    claim: { previous?: string; now: string },
  ): Promise<boolean>;
  /** Gives a claimed digest back (its sending failed): `lastDigestAt` is `previous` again. */
  releaseDigest(
    userRef: string,
    claim: { previous?: string; now: string },
  ): Promise<void>;
  /**
   * Claims every reminder waiting for one person's digest: marks them
   * delivered at `at` and returns those this call marked (a concurrent run
   * gets none of them). A few hundred rows a statement, with a turn of the
   * event loop between them, so that a backlog of thousands does not hold
   * the backend for the time of one large update.
   */
  claimPending(userRef: string, at: string): Promise<StoredReminder[]>;
  /** Puts claimed reminders back in the queue (their digest failed). */
  unclaim(keys: ReminderKey[], at: string): Promise<void>;
}
