/*
 * The portfolio week by week: one snapshot of each programme's portfolio
 * status per week, taken by the `csip-portfolio-snapshot` scheduler task,
 * for the history of the roll-up by group.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('csip_portfolio_snapshots', table => {
    table.comment('Weekly snapshots of each programme’s portfolio status');
    table
      .string('week', 10)
      .notNullable()
      .comment('The Monday that starts the week, an ISO date');
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table
      .string('owner_ref', 255)
      .notNullable()
      .comment('The programme’s owner when the snapshot was taken');
    table
      .text('status')
      .notNullable()
      .comment('JSON: the portfolio status, { levels, ready, score, … }');
    table.string('taken_at', 30).notNullable();
    table.primary(['week', 'programme_id'], 'csip_portfolio_snapshots_pk');
    table.index(['week'], 'csip_portfolio_snapshots_week_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('csip_portfolio_snapshots');
};
