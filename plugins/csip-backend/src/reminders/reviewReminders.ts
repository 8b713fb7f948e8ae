import {
  checkSustain,
  findLevelDrops,
  type SustainReview,
} from '@csip-coach/plugin-csip-common';
import { toReview, type ReviewRow } from '../database/rows/reviewRows';
import { sustainSince } from '../services/CoachingSummaryService/sustainSince';
import { reminderMessages } from './reminderMessages';
import type { Reminder } from './ReminderStore';
import {
  holding,
  remindersFor,
  type ReminderRuleContext,
} from './remindersFor';

/**
 * From the published reviews: a lapsed sustain cadence (to leads and
 * coaches) and a level that fell (to leads, sponsors and coaches).
 *
 * @internal
 */
export async function reviewReminders(
  ctx: ReminderRuleContext,
): Promise<Reminder[]> {
  const { kinds } = ctx.config;
  const processName = (id: string) =>
    ctx.model.processes.find(p => p.id === id)?.name ?? id;
  // On csip_reviews_programme_idx and the transitions' programme index.
  const rows: ReviewRow[] = await ctx
    .knex('csip_reviews')
    .whereIn('programme_id', ctx.ids)
    .where('state', 'published')
    .select();
  const inSustain = ctx.ids.filter(id => ctx.byId.get(id)!.phase === 'sustain');
  const moves: { programme_id: string; to: 'sustain'; movedAt: string }[] =
    kinds['sustain-lapsed'] && inSustain.length
      ? await ctx
          .knex('csip_phase_transitions')
          .whereIn('programme_id', inSustain)
          .where('to_phase', 'sustain')
          .select('programme_id', 'to_phase as to', 'moved_at as movedAt')
          .orderBy('seq', 'asc')
      : [];
  const result: Reminder[] = [];
  for (const programme of ctx.byId.values()) {
    const reviews: SustainReview[] = rows
      .filter(row => row.programme_id === programme.id)
      .map(row => toReview(row));
    if (kinds['level-drop']) {
      for (const drop of findLevelDrops(reviews)) {
        result.push(
          ...remindersFor(
            {
              kind: 'level-drop',
              subject: drop.reviewId,
              occasion: String(drop.to),
            },
            programme.id,
            holding(programme, ['lead', 'sponsor', 'coach']),
            reminderMessages.levelDrop(
              programme,
              drop,
              processName(drop.process),
            ),
          ),
        );
      }
    }
    if (!kinds['sustain-lapsed'] || programme.phase !== 'sustain') continue;
    const status = checkSustain({
      phase: programme.phase,
      sustainSince: sustainSince(
        moves.filter(m => m.programme_id === programme.id),
      ),
      reviews,
      cadenceDays: ctx.config.reviewCadenceDays,
      today: ctx.today,
    });
    if (!status.lapsed || !status.nextDueOn) continue;
    result.push(
      ...remindersFor(
        {
          kind: 'sustain-lapsed',
          subject: programme.id,
          occasion: status.nextDueOn,
        },
        programme.id,
        holding(programme, ['lead', 'coach']),
        reminderMessages.sustainLapsed(programme, {
          cadenceDays: status.cadenceDays,
          nextDueOn: status.nextDueOn,
        }),
      ),
    );
  }
  return result;
}
