import type {
  ReminderDelivery,
  ReminderPreferences,
} from '@csip-coach/plugin-csip-common';
import type { Caller } from '../services/types';
import type { ReminderStore } from './ReminderStore';

/**
 * How the signed-in user gets reminders (`GET`/`PUT /me/reminders`): their
 * own choice, or the portal default (`csip.reminders.delivery`) until they
 * make one. Everyone sets only their own, as themselves.
 *
 * @internal
 */
export class ReminderPreferencesService {
  static create(options: {
    store: Pick<ReminderStore, 'getPreferences' | 'putDelivery'>;
    /** The portal default. */
    delivery: ReminderDelivery;
  }): ReminderPreferencesService {
    return new ReminderPreferencesService(options);
  }

  private constructor(
    private readonly options: Parameters<
      typeof ReminderPreferencesService.create
    >[0],
  ) {}

  async get(caller: Caller): Promise<ReminderPreferences> {
    const key = userKey(caller);
    const preference = (await this.options.store.getPreferences([key])).get(
      key,
    );
    return { delivery: preference?.delivery ?? this.options.delivery };
  }

  async put(
    caller: Caller,
    preferences: ReminderPreferences,
  ): Promise<ReminderPreferences> {
    await this.options.store.putDelivery(
      userKey(caller),
      preferences.delivery,
      new Date().toISOString(),
    );
    return { delivery: preferences.delivery };
  }
}

/** Entity refs compare case-insensitively; reminders are kept by the lower-case ref. */
function userKey(caller: Caller): string {
  return caller.userRef.toLocaleLowerCase('en-US');
}
