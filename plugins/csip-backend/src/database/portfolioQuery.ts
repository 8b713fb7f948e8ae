import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { ProgrammeListQuery } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import type { ProgrammeQuery } from '../permissions/rules';

/**
 * Which programmes the caller may read: all, none, or those matching the
 * policy's conditions (translated from HAS_PROGRAMME_ROLE into SQL).
 *
 * @internal
 */
export type ReadFilter =
  | { all: true }
  | { none: true }
  | { criteria: PermissionCriteria<ProgrammeQuery> };

/** Adds the policy's conditions to a query over `csip_programmes as p`. */
function whereCriteria(
  builder: Knex.QueryBuilder,
  criteria: PermissionCriteria<ProgrammeQuery>,
  db: Knex,
): void {
  if ('allOf' in criteria) {
    builder.where(all => {
      for (const c of criteria.allOf)
        all.andWhere(b => whereCriteria(b, c, db));
    });
  } else if ('anyOf' in criteria) {
    builder.where(any => {
      for (const c of criteria.anyOf) any.orWhere(b => whereCriteria(b, c, db));
    });
  } else if ('not' in criteria) {
    builder.whereNot(b => whereCriteria(b, criteria.not, db));
  } else {
    const { userRefs, roles } = criteria.hasProgrammeRole;
    builder.whereExists(
      db('csip_programme_members as m')
        .select(db.raw('1'))
        .whereRaw('m.programme_id = p.id')
        .whereIn(
          db.raw('LOWER(m.user_ref)') as unknown as string,
          userRefs.map(r => r.toLocaleLowerCase('en-US')),
        )
        .whereIn('m.role', roles),
    );
  }
}

const SORT_COLUMNS: Record<ProgrammeListQuery['sort'], string> = {
  created: 'p.created_at',
  updated: 'p.updated_at',
  title: 'p.title',
  phase: 'phase_order',
  score: 's.score',
  summit: 's.summit_percent',
  overdue: 'overdue_actions',
};

/** A list query as the store takes it: sorted by creation unless told. @internal */
export type PortfolioQuery = Omit<
  ProgrammeListQuery,
  'sort' | 'limit' | 'cursor'
> & {
  sort?: ProgrammeListQuery['sort'];
};

/**
 * The column `approach` of a query over `csip_programmes as p`: the
 * approach of the programme's latest decision.
 *
 * @internal
 */
export function latestApproach(db: Knex): Knex.QueryBuilder {
  return db('csip_approach_decisions as d')
    .select('d.approach')
    .whereRaw('d.programme_id = p.id')
    .orderBy('d.seq', 'desc')
    .limit(1)
    .as('approach');
}

/**
 * The portfolio query: programmes with their approach, derived status and
 * overdue actions, filtered, permission-checked and sorted in the database.
 *
 * @internal
 */
export function portfolioQuery(
  db: Knex,
  query: PortfolioQuery,
  read: ReadFilter,
  today: string = new Date().toISOString().slice(0, 10),
): Knex.QueryBuilder {
  const overdue = db('csip_actions as a')
    .count('*')
    .whereRaw('a.programme_id = p.id')
    .whereIn('a.status', ['open', 'in-progress'])
    .where('a.due_date', '<', today)
    .as('overdue_actions');
  const phaseOrder = db.raw(
    `CASE p.phase WHEN 'establish' THEN 1 WHEN 'implement' THEN 2 WHEN 'review' THEN 3 WHEN 'handover' THEN 4 ELSE 5 END AS phase_order`,
  );
  const builder = db('csip_programmes as p')
    .leftJoin('csip_programme_status as s', 's.programme_id', 'p.id')
    .select(
      'p.*',
      latestApproach(db),
      overdue,
      phaseOrder,
      's.scope_status',
      's.levels',
      's.score',
      's.ready',
      's.blockers',
      's.summit_percent',
      's.summit_camp',
      's.sustain_due_on',
      's.level_drops',
    );

  if ('none' in read) builder.whereRaw('1 = 0');
  if ('criteria' in read) whereCriteria(builder, read.criteria, db);
  if (query.owner) {
    builder.whereRaw('LOWER(p.owner_ref) = ?', [
      query.owner.toLocaleLowerCase('en-US'),
    ]);
  }
  if (query.phase) builder.where('p.phase', query.phase);
  if (query.q) {
    const like = `%${query.q
      .toLocaleLowerCase('en-US')
      .replace(/[\\%_]/g, c => `\\${c}`)}%`;
    builder.where(inner =>
      inner
        .whereRaw("LOWER(p.title) LIKE ? ESCAPE '\\'", [like])
        .orWhereRaw("LOWER(p.vision) LIKE ? ESCAPE '\\'", [like]),
    );
  }
  if (query.approach) {
    builder.whereRaw(
      '(SELECT d2.approach FROM csip_approach_decisions d2 WHERE d2.programme_id = p.id ORDER BY d2.seq DESC LIMIT 1) = ?',
      [query.approach],
    );
  }
  if (query.scopeStatus) builder.where('s.scope_status', query.scopeStatus);
  if (query.ready !== undefined) builder.where('s.ready', query.ready);
  if (query.overdue !== undefined) {
    const exists = db('csip_actions as a2')
      .select(db.raw('1'))
      .whereRaw('a2.programme_id = p.id')
      .whereIn('a2.status', ['open', 'in-progress'])
      .where('a2.due_date', '<', today);
    if (query.overdue) builder.whereExists(exists);
    else builder.whereNotExists(exists);
  }

  const sort = query.sort ?? 'created';
  const order =
    query.order ?? (sort === 'title' || sort === 'phase' ? 'asc' : 'desc');
  const column = SORT_COLUMNS[sort];
  if (column.startsWith('s.')) {
    // Programmes without a status yet sort last either way.
    builder.orderByRaw(`CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END`);
  }
  builder.orderBy(column, order);
  builder.orderBy('p.id', order);
  return builder;
}
