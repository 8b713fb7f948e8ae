import { Knex } from 'knex';
import { isPostgres } from './isPostgres';

/**
 * The condition "this programme's status row is older than its last change",
 * on the ISO 8601 strings both tables keep. On PostgreSQL the comparison is
 * bytewise (`COLLATE "C"`), so a locale's collation cannot reorder them.
 */
function olderThanProgramme(knex: Knex): Knex.Raw {
  return isPostgres(knex)
    ? knex.raw('s.refreshed_at COLLATE "C" < p.updated_at COLLATE "C"')
    : knex.raw('s.refreshed_at < p.updated_at');
}

/**
 * Programmes whose portfolio status is missing or stale (its `refreshed_at`
 * is older than the programme's `updated_at`), in id order after `after`:
 * one page of the start-up backfill, so memory stays bounded whatever the
 * number of programmes.
 *
 * @internal
 */
export async function findProgrammesNeedingStatus(
  knex: Knex,
  options: { limit: number; after?: string },
): Promise<string[]> {
  const query = knex('csip_programmes as p')
    .leftJoin('csip_programme_status as s', 's.programme_id', 'p.id')
    .where(q => q.whereNull('s.programme_id').orWhere(olderThanProgramme(knex)))
    .select('p.id')
    .orderBy('p.id')
    .limit(options.limit);
  if (options.after !== undefined) query.where('p.id', '>', options.after);
  const rows: Array<{ id: string }> = await query;
  return rows.map(r => r.id);
}

/**
 * How many programmes have no status row and how many a stale one.
 *
 * @internal
 */
export async function countProgrammesNeedingStatus(
  knex: Knex,
): Promise<{ missing: number; stale: number }> {
  const count = async (where: (q: Knex.QueryBuilder) => void) => {
    const query = knex('csip_programmes as p')
      .leftJoin('csip_programme_status as s', 's.programme_id', 'p.id')
      .count({ n: '*' });
    where(query);
    const [row] = await query;
    return Number(row?.n ?? 0);
  };
  return {
    missing: await count(q => q.whereNull('s.programme_id')),
    stale: await count(q =>
      q.whereNotNull('s.programme_id').where(olderThanProgramme(knex)),
    ),
  };
}
