import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { createStores } from '../database/createStores';
import { DatabaseReminderStore } from '../reminders/DatabaseReminderStore';
import { ReminderPreferencesService } from '../reminders/ReminderPreferencesService';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const OMAR = 'user:default/omar.ops';
const omar = mockCredentials.user.header(OMAR);

describe.each(databases.eachSupportedId())(
  'reminder preference routes on %s',
  databaseId => {
    it('reads the portal default until the caller chooses, then their own choice only', async () => {
      const { app, auditor, knex } = await createTestApp({
        databases,
        databaseId,
      });
      const get = (auth: string) =>
        request(app).get('/me/reminders').set('Authorization', auth);
      expect((await get(omar)).body).toEqual({ delivery: 'each' });

      const put = await request(app)
        .put('/me/reminders')
        .set('Authorization', omar)
        .send({ delivery: 'weekly-digest', userRef: 'user:default/someone' });
      expect(put.status).toBe(200);
      expect(put.body).toEqual({ delivery: 'weekly-digest' });
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'reminder-preferences',
          meta: { delivery: 'weekly-digest' },
        }),
      );
      // Refs compare case-insensitively; nobody else's choice changed.
      expect(
        (await get(mockCredentials.user.header('user:default/Omar.Ops'))).body,
      ).toEqual({ delivery: 'weekly-digest' });
      expect(
        (await get(mockCredentials.user.header('user:default/someone'))).body,
      ).toEqual({ delivery: 'each' });
      expect(
        await knex('csip_reminder_preferences').select('user_ref', 'delivery'),
      ).toEqual([{ user_ref: OMAR, delivery: 'weekly-digest' }]);

      // Choosing again keeps one row, and the last digest's time.
      await knex('csip_reminder_preferences').update({
        last_digest_at: '2026-12-01T00:00:00.000Z',
      });
      await request(app)
        .put('/me/reminders')
        .set('Authorization', omar)
        .send({ delivery: 'each' })
        .expect(200);
      expect(
        await knex('csip_reminder_preferences').select(
          'user_ref',
          'delivery',
          'last_digest_at',
        ),
      ).toEqual([
        {
          user_ref: OMAR,
          delivery: 'each',
          last_digest_at: '2026-12-01T00:00:00.000Z',
        },
      ]);
    });

    it('names a bad choice (400, a failed audit event) and writes nothing', async () => {
      const { app, auditor, auditorEvent, knex } = await createTestApp({
        databases,
        databaseId,
      });
      const bad = await request(app)
        .put('/me/reminders')
        .set('Authorization', omar)
        .send({ delivery: 'daily' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('delivery');
      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: 'reminder-preferences' }),
      );
      expect(auditorEvent.fail).toHaveBeenCalled();
      const text = await request(app)
        .put('/me/reminders')
        .set('Authorization', omar)
        .set('Content-Type', 'text/plain')
        .send('weekly-digest');
      expect(text.status).toBe(415);
      expect(await knex('csip_reminder_preferences').select()).toEqual([]);
    });

    it('answers users only: a service gets 403, no credentials 401', async () => {
      const { app } = await createTestApp({ databases, databaseId });
      for (const [auth, status] of [
        [mockCredentials.service.header(), 403],
        [mockCredentials.none.header(), 401],
      ] as const) {
        expect(
          (await request(app).get('/me/reminders').set('Authorization', auth))
            .status,
        ).toBe(status);
        expect(
          (
            await request(app)
              .put('/me/reminders')
              .set('Authorization', auth)
              .send({ delivery: 'each' })
          ).status,
        ).toBe(status);
      }
    });

    it('answers the configured portal default', async () => {
      const knex = await databases.init(databaseId);
      await createStores(mockServices.database({ knex }));
      const service = ReminderPreferencesService.create({
        store: new DatabaseReminderStore(knex),
        delivery: 'weekly-digest',
      });
      const caller = {
        credentials: mockCredentials.user(OMAR),
        userRef: OMAR,
      };
      expect(await service.get(caller)).toEqual({ delivery: 'weekly-digest' });
      await service.put(caller, { delivery: 'each' });
      expect(await service.get(caller)).toEqual({ delivery: 'each' });
    });
  },
);
