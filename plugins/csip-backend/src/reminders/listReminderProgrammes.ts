import type {
  ProgrammePhase,
  ProgrammeRole,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import type { ReminderProgramme } from './remindersFor';

/**
 * The next page of programmes that are not archived, in id order, with
 * their members: two indexed queries.
 *
 * @internal
 */
export async function listReminderProgrammes(
  knex: Knex,
  page: { after?: string; limit: number },
): Promise<ReminderProgramme[]> {
  const query = knex('csip_programmes')
    .where('archived', false)
    .select('id', 'title', 'phase')
    .orderBy('id')
    .limit(page.limit);
  if (page.after !== undefined) query.where('id', '>', page.after);
  const rows: { id: string; title: string; phase: ProgrammePhase }[] =
    await query;
  const members: { programme_id: string; user_ref: string; role: string }[] =
    rows.length
      ? await knex('csip_programme_members')
          .whereIn(
            'programme_id',
            rows.map(r => r.id),
          )
          .select('programme_id', 'user_ref', 'role')
      : [];
  return rows.map(row => ({
    ...row,
    members: members
      .filter(m => m.programme_id === row.id)
      .map(m => ({ userRef: m.user_ref, role: m.role as ProgrammeRole })),
  }));
}
