import { ConfigReader } from '@backstage/config';
import { readReminderConfig } from './readReminderConfig';

const read = (csip: object) => readReminderConfig(new ConfigReader({ csip }));

describe('readReminderConfig', () => {
  it('defaults every value: on, hourly, 3 and 7 days, each, every kind', () => {
    expect(read({})).toEqual({
      enabled: true,
      frequencyMinutes: 60,
      initialDelaySeconds: 120,
      dueSoonDays: 3,
      agreementPendingDays: 7,
      delivery: 'each',
      maxSinglePerRun: 10,
      kinds: {
        'action-due-soon': true,
        'action-overdue': true,
        'follow-up-due': true,
        'agreement-pending': true,
        'decision-revisit': true,
        'sustain-lapsed': true,
        'level-drop': true,
      },
      reviewCadenceDays: 90,
    });
  });

  it('takes what is configured, and the sustain cadence', () => {
    const config = read({
      reminders: {
        enabled: false,
        frequencyMinutes: 15,
        initialDelaySeconds: 0,
        dueSoonDays: 0,
        agreementPendingDays: 14,
        delivery: 'weekly-digest',
        maxSinglePerRun: 0,
        kinds: { 'level-drop': false },
      },
      sustain: { reviewCadenceDays: 30 },
    });
    expect(config).toMatchObject({
      enabled: false,
      frequencyMinutes: 15,
      initialDelaySeconds: 0,
      dueSoonDays: 0,
      agreementPendingDays: 14,
      delivery: 'weekly-digest',
      maxSinglePerRun: 0,
      reviewCadenceDays: 30,
    });
    expect(config.kinds['level-drop']).toBe(false);
    expect(config.kinds['action-overdue']).toBe(true);
  });

  it('stops the backend on a bad value, naming it', () => {
    expect(() => read({ reminders: { dueSoonDays: -1 } })).toThrow(
      /Invalid csip\.reminders: dueSoonDays/,
    );
    expect(() => read({ reminders: { frequencyMinutes: 1.5 } })).toThrow(
      /frequencyMinutes/,
    );
    for (const initialDelaySeconds of [-1, 2.5, '120', 86_401]) {
      expect(() => read({ reminders: { initialDelaySeconds } })).toThrow(
        /Invalid csip\.reminders: initialDelaySeconds/,
      );
    }
    for (const maxSinglePerRun of [-1, 1.5, '10', 10_001]) {
      expect(() => read({ reminders: { maxSinglePerRun } })).toThrow(
        /Invalid csip\.reminders: maxSinglePerRun/,
      );
    }
    expect(() => read({ reminders: { delivery: 'daily' } })).toThrow(
      /delivery/,
    );
    expect(() =>
      read({ reminders: { kinds: { 'level-rise': true } } }),
    ).toThrow(/kinds/);
    expect(() => read({ reminders: { frequency: 60 } })).toThrow(/frequency/);
    expect(() => read({ sustain: { reviewCadenceDays: 0 } })).toThrow(
      /reviewCadenceDays/,
    );
  });
});
