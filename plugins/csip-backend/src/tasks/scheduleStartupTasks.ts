import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import { ConflictError } from '@backstage/errors';
import type { MaturityModel } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import type { PortfolioSnapshotStore } from '../database/PortfolioSnapshotStore';
import { isDemoDataSeeded, seedDemoData } from '../demo/seedDemoData';
import { seedDemoSnapshots } from '../demo/seedDemoSnapshots';
import type { ReminderConfig } from '../reminders/readReminderConfig';
import { sendReminders } from '../reminders/sendReminders';
import { backfillProgrammeStatus } from './backfillProgrammeStatus';
import { takePortfolioSnapshot } from './takePortfolioSnapshot';

/** Scheduler task ids (per plugin). @internal */
export const STATUS_BACKFILL_TASK = 'csip-status-backfill';
/** @internal */
export const DEMO_SEED_TASK = 'csip-demo-seed';
/** @internal */
export const PORTFOLIO_SNAPSHOT_TASK = 'csip-portfolio-snapshot';
/** @internal */
export const REMINDERS_TASK = 'csip-reminders';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Asks the scheduler to run a task now. A task that is running already (on
 * this or another instance) is fine: that run does the work.
 */
async function runSoon(
  scheduler: SchedulerService,
  id: string,
  logger: LoggerService,
): Promise<void> {
  try {
    await scheduler.triggerTask(id);
  } catch (error) {
    if (
      error instanceof ConflictError ||
      (error as Error)?.name === 'ConflictError'
    ) {
      logger.info(
        `Task ${id} is already running (here or on another instance)`,
      );
      return;
    }
    throw error;
  }
}

/**
 * The plugin's background work, as Backstage scheduler tasks with global
 * scope, so that with several backend instances over one database each run
 * happens on one instance only:
 *
 * - `csip-status-backfill`: recomputes missing or stale portfolio status
 *   rows; run at every start (triggered) and every 10 minutes.
 * - `csip-demo-seed` (with `csip.demoData: true`): seeds the demo programmes
 *   once (idempotent on its own, see seedDemoData); triggered at start.
 *   With `snapshots`, it also writes the demo portfolio's past weeks.
 * - `csip-portfolio-snapshot` (with `snapshots`): writes this week's
 *   snapshot of every programme's status for the roll-up's history, every
 *   6 hours (the last run of a week wins), first shortly after start.
 * - `csip-reminders` (given the notifications and `csip.reminders.enabled`):
 *   sends the reminders and digests that are due, every
 *   `csip.reminders.frequencyMinutes`, first
 *   `csip.reminders.initialDelaySeconds` after start (see sendReminders).
 *
 * With demo data, waits (at most `seedWaitMs`) until the demo data is there,
 * seeded by this instance or another, so that the portal shows it as soon as
 * it answers; it never waits longer, and the seeding goes on in the
 * background.
 *
 * @internal
 */
export async function scheduleStartupTasks(options: {
  scheduler: SchedulerService;
  knex: Knex;
  model: MaturityModel;
  logger: LoggerService;
  refresh: (programmeIds: readonly string[]) => Promise<void>;
  /** The weekly snapshots; without them, none are taken. */
  snapshots?: PortfolioSnapshotStore;
  /** The reminders job; without it, no reminders are sent. */
  reminders?: { config: ReminderConfig; notifications: NotificationService };
  demoData: boolean;
  seedWaitMs?: number;
}): Promise<void> {
  const { scheduler, knex, model, logger, refresh, snapshots } = options;

  await scheduler.scheduleTask({
    id: STATUS_BACKFILL_TASK,
    scope: 'global',
    frequency: { minutes: 10 },
    // A run killed with its instance blocks the next one until this expires.
    timeout: { minutes: 2 },
    fn: async signal => {
      await backfillProgrammeStatus({ knex, refresh, signal, logger });
    },
  });

  if (snapshots) {
    await scheduler.scheduleTask({
      id: PORTFOLIO_SNAPSHOT_TASK,
      scope: 'global',
      frequency: { hours: 6 },
      timeout: { minutes: 5 },
      // After the status backfill of the start has had its turn.
      initialDelay: { minutes: 1 },
      fn: async signal => {
        await takePortfolioSnapshot({ store: snapshots, signal, logger });
      },
    });
  }

  const reminders = options.reminders;
  if (reminders?.config.enabled) {
    await scheduler.scheduleTask({
      id: REMINDERS_TASK,
      scope: 'global',
      frequency: { minutes: reminders.config.frequencyMinutes },
      timeout: { minutes: 10 },
      initialDelay: { seconds: reminders.config.initialDelaySeconds },
      fn: async signal => {
        await sendReminders({
          knex,
          model,
          ...reminders,
          now: new Date(),
          signal,
          logger,
        });
      },
    });
  }

  if (options.demoData) {
    await scheduler.scheduleTask({
      id: DEMO_SEED_TASK,
      scope: 'global',
      frequency: { trigger: 'manual' },
      timeout: { minutes: 1 },
      fn: async () => {
        const ids = await seedDemoData({ knex, model, logger });
        // Their portfolio status, now that the seeding has committed.
        await refresh(ids);
        if (snapshots) await seedDemoSnapshots({ knex, logger });
      },
    });
    await runSoon(scheduler, DEMO_SEED_TASK, logger);
  }
  await runSoon(scheduler, STATUS_BACKFILL_TASK, logger);

  if (options.demoData) {
    const deadline = Date.now() + (options.seedWaitMs ?? 30_000);
    for (;;) {
      if (await isDemoDataSeeded(knex)) break;
      if (Date.now() >= deadline) {
        logger.warn(
          'The demo data is not there yet; it is being seeded in the background',
        );
        break;
      }
      await sleep(250);
    }
  }
}
