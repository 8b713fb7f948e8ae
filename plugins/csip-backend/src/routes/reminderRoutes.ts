import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import type { ReminderPreferencesService } from '../reminders/ReminderPreferencesService';
import { Caller } from '../services/types';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/**
 * The signed-in user's choice of how they get reminders: `GET` and `PUT
 * /me/reminders` (users only, like `/me/work`).
 *
 * @internal
 */
export function reminderRoutes(
  helpers: RouteHelpers,
  preferences: ReminderPreferencesService,
) {
  const { router, route } = createEndpointRouter(helpers);

  route(csipEndpoints.getMyReminderPreferences, async (_req, _res, { who }) =>
    preferences.get(who as Caller),
  );

  route(
    csipEndpoints.putMyReminderPreferences,
    {
      bodyName: 'reminder preferences',
      audit: { eventId: 'reminder-preferences' },
    },
    async (_req, _res, { who, body, audited }) =>
      audited({ delivery: body.delivery }, () =>
        preferences.put(who as Caller, body),
      ),
  );

  return router;
}
