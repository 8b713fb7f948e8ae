/*
 * The portfolio at scale: every sort and filter the portfolio offers is
 * served by an index, so a page costs the same at 10 or 10,000 programmes
 * and at any depth (keyset pagination walks these indexes), and the
 * programme's latest approach and overdue-action count are kept in its
 * status row (refreshed in every write's transaction, the overdue count
 * recounted once a day) instead of correlated subqueries per listed row.
 */

// As the portfolio query writes it (src/database/portfolioQuery.ts): an
// index on an expression serves only that expression, written the same.
const PHASE_ORDER = `CASE phase WHEN 'establish' THEN 1 WHEN 'implement' THEN 2 WHEN 'review' THEN 3 WHEN 'handover' THEN 4 ELSE 5 END`;

const TODAY = () => new Date().toISOString().slice(0, 10);

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('csip_programme_status', table => {
    table
      .string('approach', 30)
      .nullable()
      .comment('The approach of the latest decision; null before one');
    table
      .integer('overdue_actions')
      .notNullable()
      .defaultTo(0)
      .comment('Open actions due before overdue_on');
    table
      .string('overdue_on', 10)
      .nullable()
      .comment('The day overdue_actions was counted for (YYYY-MM-DD)');
  });
  // What the existing rows would have been computed with.
  await knex('csip_programme_status').update({
    approach: knex('csip_approach_decisions as d')
      .select('d.approach')
      .whereRaw('d.programme_id = csip_programme_status.programme_id')
      .orderBy('d.seq', 'desc')
      .limit(1),
    overdue_actions: knex('csip_actions as a')
      .count('*')
      .whereRaw('a.programme_id = csip_programme_status.programme_id')
      .whereIn('a.status', ['open', 'in-progress'])
      .where('a.due_date', '<', TODAY()),
    overdue_on: TODAY(),
  });

  await knex.schema.alterTable('csip_programme_status', table => {
    table.dropIndex([], 'csip_programme_status_score_idx');
    table.index(['score', 'programme_id'], 'csip_programme_status_score_idx');
    table.index(
      ['overdue_actions', 'programme_id'],
      'csip_programme_status_overdue_idx',
    );
    table.index(
      ['summit_percent', 'programme_id'],
      'csip_programme_status_summit_idx',
    );
    table.index(['approach'], 'csip_programme_status_approach_idx');
    table.index(['overdue_on'], 'csip_programme_status_overdue_on_idx');
  });
  await knex.schema.alterTable('csip_programmes', table => {
    table.dropIndex([], 'csip_programmes_phase_idx');
    table.dropIndex([], 'csip_programmes_updated_idx');
    table.index(
      ['phase', 'created_at', 'id'],
      'csip_programmes_phase_created_idx',
    );
    table.index(['updated_at', 'id'], 'csip_programmes_updated_idx');
    table.index(['title', 'id'], 'csip_programmes_title_idx');
  });
  // The owner filter is case-insensitive (LOWER(owner_ref) = ?), and its
  // page is in creation order.
  await knex.raw(
    'CREATE INDEX csip_programmes_owner_lower_idx ON csip_programmes (LOWER(owner_ref), created_at, id)',
  );
  // The phase sort is in the phases' order, not the alphabet's.
  await knex.raw(
    `CREATE INDEX csip_programmes_phase_order_idx ON csip_programmes ((${PHASE_ORDER}), id)`,
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw('DROP INDEX csip_programmes_phase_order_idx');
  await knex.raw('DROP INDEX csip_programmes_owner_lower_idx');
  await knex.schema.alterTable('csip_programmes', table => {
    table.dropIndex([], 'csip_programmes_title_idx');
    table.dropIndex([], 'csip_programmes_updated_idx');
    table.dropIndex([], 'csip_programmes_phase_created_idx');
    table.index(['updated_at'], 'csip_programmes_updated_idx');
    table.index(['phase'], 'csip_programmes_phase_idx');
  });
  await knex.schema.alterTable('csip_programme_status', table => {
    table.dropIndex([], 'csip_programme_status_overdue_on_idx');
    table.dropIndex([], 'csip_programme_status_approach_idx');
    table.dropIndex([], 'csip_programme_status_summit_idx');
    table.dropIndex([], 'csip_programme_status_overdue_idx');
    table.dropIndex([], 'csip_programme_status_score_idx');
    table.index(['score'], 'csip_programme_status_score_idx');
  });
  await knex.schema.alterTable('csip_programme_status', table => {
    table.dropColumn('overdue_on');
    table.dropColumn('overdue_actions');
    table.dropColumn('approach');
  });
};
