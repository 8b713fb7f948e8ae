import {
  isDueSoon,
  isFollowUpDue,
  isOverdue,
  type MaturityModel,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import type { ScopeStore } from '../database/ScopeStore';
import type { ActionRow } from '../database/rows/actionRows';
import { computeScopeView } from '../services/ScopeService/computeScopeView';
import type { ReminderConfig } from './readReminderConfig';
import { reminderMessages } from './reminderMessages';
import {
  holding,
  remindersFor,
  type ReminderProgramme,
  type ReminderRuleContext,
} from './remindersFor';
import type { Reminder } from './ReminderStore';
import { reviewReminders } from './reviewReminders';

const DAY_MS = 86_400_000;
const OPEN_STATUSES = ['open', 'in-progress'];

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** Open actions due soon or overdue, to their owners. */
async function actionReminders(ctx: ReminderRuleContext): Promise<Reminder[]> {
  const { config, today } = ctx;
  // On csip_actions_overdue_idx (programme_id, status, due_date).
  const rows: ActionRow[] = await ctx
    .knex('csip_actions')
    .whereIn('programme_id', ctx.ids)
    .whereIn('status', OPEN_STATUSES)
    .where('due_date', '<=', addDays(today, config.dueSoonDays))
    .select('id', 'programme_id', 'description', 'owner', 'due_date', 'status');
  return rows.flatMap(row => {
    const action = { dueDate: row.due_date, status: row.status };
    const kind = isOverdue(action, today)
      ? 'action-overdue'
      : isDueSoon(action, today, config.dueSoonDays) && 'action-due-soon';
    if (!kind || !config.kinds[kind]) return [];
    const programme = ctx.byId.get(row.programme_id)!;
    return remindersFor(
      { kind, subject: row.id, occasion: row.due_date },
      programme.id,
      [row.owner],
      reminderMessages.action(
        kind,
        programme,
        { ...action, description: row.description },
        today,
      ),
    );
  });
}

/** Commitments due without an outcome, to their owners. */
async function followUpReminders(
  ctx: ReminderRuleContext,
): Promise<Reminder[]> {
  // On csip_follow_ups_programme_idx.
  const rows: {
    id: string;
    programme_id: string;
    text: string;
    owner: string;
    follow_up_on: string;
    outcome: string | null;
  }[] = await ctx
    .knex('csip_follow_ups')
    .whereIn('programme_id', ctx.ids)
    .whereNull('outcome')
    .where('follow_up_on', '<=', ctx.today)
    .select('id', 'programme_id', 'text', 'owner', 'follow_up_on', 'outcome');
  return rows
    .filter(row =>
      isFollowUpDue(
        { followUpOn: row.follow_up_on, outcome: row.outcome },
        ctx.today,
      ),
    )
    .flatMap(row => {
      const programme = ctx.byId.get(row.programme_id)!;
      return remindersFor(
        { kind: 'follow-up-due', subject: row.id, occasion: row.follow_up_on },
        programme.id,
        [row.owner],
        reminderMessages.followUp(programme, {
          text: row.text,
          followUpOn: row.follow_up_on,
        }),
      );
    });
}

/**
 * Current scope versions published more than `agreementPendingDays` ago,
 * to each required approver without a decision on it: the rule of the
 * scope view (and of "awaiting my agreement").
 */
async function agreementReminders(
  ctx: ReminderRuleContext,
): Promise<Reminder[]> {
  const cutoff = new Date(
    ctx.now.getTime() - ctx.config.agreementPendingDays * DAY_MS,
  ).toISOString();
  // On the unique index (programme_id, number); a handful per programme.
  const versions: {
    programme_id: string;
    number: number;
    published_at: string;
  }[] = await ctx
    .knex('csip_scope_versions')
    .whereIn('programme_id', ctx.ids)
    .select('programme_id', 'number', 'published_at')
    .orderBy('number', 'asc');
  const current = new Map(versions.map(v => [v.programme_id, v]));
  const result: Reminder[] = [];
  for (const version of current.values()) {
    if (version.published_at >= cutoff) continue;
    const id = version.programme_id;
    const programme = ctx.byId.get(id)!;
    const view = await computeScopeView(programme, ctx.scopes);
    const latest = view.current;
    if (!latest || latest.publishedAt >= cutoff) continue;
    result.push(
      ...remindersFor(
        {
          kind: 'agreement-pending',
          subject: `${id}:${latest.number}`,
          occasion: `v${latest.number}`,
        },
        id,
        view.approvers.filter(a => !a.decision).map(a => a.userRef),
        reminderMessages.agreement(programme, latest),
      ),
    );
  }
  return result;
}

/** The latest approach decision whose revisit date has come, to leads and sponsors. */
async function decisionReminders(
  ctx: ReminderRuleContext,
): Promise<Reminder[]> {
  // On csip_approach_decisions_programme_idx; a handful per programme.
  const rows: {
    id: string;
    programme_id: string;
    revisit_on: string | null;
  }[] = await ctx
    .knex('csip_approach_decisions')
    .whereIn('programme_id', ctx.ids)
    .select('id', 'programme_id', 'revisit_on')
    .orderBy('seq', 'asc');
  const latest = new Map(rows.map(row => [row.programme_id, row]));
  return [...latest.values()].flatMap(row => {
    if (!row.revisit_on || row.revisit_on > ctx.today) return [];
    const programme = ctx.byId.get(row.programme_id)!;
    return remindersFor(
      { kind: 'decision-revisit', subject: row.id, occasion: row.revisit_on },
      programme.id,
      holding(programme, ['lead', 'sponsor']),
      reminderMessages.decisionRevisit(programme, {
        revisitOn: row.revisit_on,
      }),
    );
  });
}

/**
 * Every reminder due on `now` about one page of programmes (see
 * listReminderProgrammes), of the kinds the configuration turns
 * on: one bounded query per rule, each on an index that starts with the
 * programme id. Whether one was sent before is not its business: the
 * reminders table's key decides that.
 *
 * @internal
 */
export async function findDueReminders(options: {
  knex: Knex;
  scopes: ScopeStore;
  config: ReminderConfig;
  model: MaturityModel;
  now: Date;
  programmes: ReminderProgramme[];
}): Promise<Reminder[]> {
  const { config, programmes } = options;
  if (!config.enabled || !programmes.length) return [];
  const ctx: ReminderRuleContext = {
    ...options,
    today: options.now.toISOString().slice(0, 10),
    byId: new Map(programmes.map(p => [p.id, p])),
    ids: programmes.map(p => p.id),
  };
  const { kinds } = config;
  const rules: [boolean, (c: ReminderRuleContext) => Promise<Reminder[]>][] = [
    [kinds['action-due-soon'] || kinds['action-overdue'], actionReminders],
    [kinds['follow-up-due'], followUpReminders],
    [kinds['agreement-pending'], agreementReminders],
    [kinds['decision-revisit'], decisionReminders],
    [kinds['sustain-lapsed'] || kinds['level-drop'], reviewReminders],
  ];
  const found: Reminder[] = [];
  for (const [on, rule] of rules) {
    if (on) found.push(...(await rule(ctx)));
  }
  return found;
}
