import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { ProgrammeListQuery } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import type { ProgrammeQuery } from '../permissions/rules';
import { Cursor, CursorKey } from './pageCursor';

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

// Written as the index csip_programmes_phase_order_idx is (migration
// 20261204000000_scale_indexes): an expression index serves only the same
// expression.
const PHASE_ORDER = `CASE p.phase WHEN 'establish' THEN 1 WHEN 'implement' THEN 2 WHEN 'review' THEN 3 WHEN 'handover' THEN 4 ELSE 5 END`;

/**
 * How each sort orders the rows: its key (a column or expression), which
 * id column breaks ties (the one beside the key in its index), and, for
 * keys of the status row, that rows without a key (no status yet, no
 * summit) come last either way, in id order (the list's "tail").
 */
const SORTS: Record<
  ProgrammeListQuery['sort'],
  { key: string; id: string; tail?: true; real?: true }
> = {
  created: { key: 'p.created_at', id: 'p.id' },
  updated: { key: 'p.updated_at', id: 'p.id' },
  title: { key: 'p.title', id: 'p.id' },
  phase: { key: PHASE_ORDER, id: 'p.id' },
  score: { key: 's.score', id: 's.programme_id', tail: true, real: true },
  summit: { key: 's.summit_percent', id: 's.programme_id', tail: true },
  overdue: { key: 's.overdue_actions', id: 's.programme_id', tail: true },
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

/** The sort and order a query lists in (defaults applied). @internal */
export function portfolioOrder(query: PortfolioQuery): {
  sort: ProgrammeListQuery['sort'];
  order: 'asc' | 'desc';
} {
  const sort = query.sort ?? 'created';
  const order =
    query.order ?? (sort === 'title' || sort === 'phase' ? 'asc' : 'desc');
  return { sort, order };
}

/**
 * Programmes with their stored status (which carries the latest approach
 * and the overdue count), filtered and permission-checked; not ordered.
 * Every filter is a plain column comparison with an index behind it.
 */
function filteredPortfolio(
  db: Knex,
  query: PortfolioQuery,
  read: ReadFilter,
  sortKey: string,
): Knex.QueryBuilder {
  const builder = db('csip_programmes as p')
    .leftJoin('csip_programme_status as s', 's.programme_id', 'p.id')
    .select(
      'p.*',
      's.approach',
      's.overdue_actions',
      's.scope_status',
      's.levels',
      's.score',
      's.ready',
      's.blockers',
      's.summit_percent',
      's.summit_camp',
      's.sustain_due_on',
      's.level_drops',
      db.raw(`${sortKey} AS sort_key`),
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
  if (query.approach) builder.where('s.approach', query.approach);
  if (query.scopeStatus) builder.where('s.scope_status', query.scopeStatus);
  if (query.ready !== undefined) builder.where('s.ready', query.ready);
  if (query.overdue === true) builder.where('s.overdue_actions', '>', 0);
  if (query.overdue === false) {
    builder.whereRaw('COALESCE(s.overdue_actions, 0) = 0');
  }
  return builder;
}

/**
 * The portfolio query: every programme matching the filters, with its
 * approach, status and overdue actions, in the sort's order (rows without
 * a key last): for the CSV and other whole-list reads.
 *
 * @internal
 */
export function portfolioQuery(
  db: Knex,
  query: PortfolioQuery,
  read: ReadFilter,
): Knex.QueryBuilder {
  const { sort, order } = portfolioOrder(query);
  const def = SORTS[sort];
  const builder = filteredPortfolio(db, query, read, def.key);
  if (def.tail)
    builder.orderByRaw(`CASE WHEN ${def.key} IS NULL THEN 1 ELSE 0 END`);
  builder.orderByRaw(`${def.key} ${order}`);
  builder.orderBy('p.id', order);
  return builder;
}

/** The row after which a keyset page starts, from a page's last row. @internal */
export type PageRow = { id: string; sort_key: CursorKey };

/**
 * One page of the portfolio by keyset pagination: the rows after `cursor`
 * (the last row's sort key and id) in the sort's order, `limit + 1` of them
 * at most (one more than a page tells whether there is a next). Each query
 * walks the index of its sort from the cursor, so a deep page costs what
 * the first does. Sorts on a status column list the rows with a key first
 * and then, from a second query, the rows without one (`tail`).
 *
 * @internal
 */
export async function portfolioPage<Row extends PageRow>(
  db: Knex,
  query: PortfolioQuery,
  read: ReadFilter,
  page: { limit: number; cursor?: Cursor },
): Promise<{ rows: Row[]; next?: Cursor }> {
  const { sort, order } = portfolioOrder(query);
  const def = SORTS[sort];
  const { limit, cursor } = page;
  const after = order === 'asc' ? '>' : '<';
  const rows: Row[] = [];

  if (!cursor?.tail) {
    const head = filteredPortfolio(db, query, read, def.key);
    if (def.tail) head.whereRaw(`${def.key} IS NOT NULL`);
    if (cursor) {
      const value = def.real ? 'CAST(? AS REAL)' : '?';
      head.whereRaw(`(${def.key}, ${def.id}) ${after} (${value}, ?)`, [
        cursor.key,
        cursor.id,
      ]);
    }
    head.orderByRaw(`${def.key} ${order}, ${def.id} ${order}`).limit(limit + 1);
    rows.push(...((await head) as Row[]));
  }
  if (def.tail && rows.length <= limit) {
    const tail = filteredPortfolio(db, query, read, def.key).whereRaw(
      `${def.key} IS NULL`,
    );
    if (cursor?.tail) tail.where('p.id', after, cursor.id);
    tail.orderBy('p.id', order).limit(limit + 1 - rows.length);
    rows.push(...((await tail) as Row[]));
  }

  if (rows.length <= limit) return { rows };
  const last = rows[limit - 1];
  const key = last.sort_key;
  return {
    rows: rows.slice(0, limit),
    next: {
      sort,
      order,
      key,
      id: last.id,
      ...(def.tail && key === null && { tail: true as const }),
    },
  };
}
