/*
 * What the portfolio filters and sorts on, kept per programme and refreshed
 * after every change to it, so that lists stay fast with thousands of
 * programmes.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('csip_programme_status', table => {
    table.comment('Derived status of each programme for the portfolio');
    table
      .string('programme_id', 36)
      .primary()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.string('scope_status', 20).notNullable();
    table
      .text('levels')
      .notNullable()
      .comment('JSON: [{ process, level, target }]');
    table
      .float('score')
      .notNullable()
      .comment('Knowledge-transfer score, 0-100');
    table.boolean('ready').notNullable();
    table.integer('blockers').notNullable();
    table.integer('summit_percent').nullable();
    table.string('summit_camp', 20).notNullable();
    table.string('refreshed_at', 30).notNullable();
    table.index(['scope_status'], 'csip_programme_status_scope_idx');
    table.index(['score'], 'csip_programme_status_score_idx');
  });
  await knex.schema.alterTable('csip_programmes', table => {
    table.index(['phase'], 'csip_programmes_phase_idx');
    table.index(['updated_at'], 'csip_programmes_updated_idx');
  });
  await knex.schema.alterTable('csip_actions', table => {
    table.index(
      ['programme_id', 'status', 'due_date'],
      'csip_actions_overdue_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('csip_actions', table => {
    table.dropIndex([], 'csip_actions_overdue_idx');
  });
  await knex.schema.alterTable('csip_programmes', table => {
    table.dropIndex([], 'csip_programmes_updated_idx');
    table.dropIndex([], 'csip_programmes_phase_idx');
  });
  await knex.schema.dropTable('csip_programme_status');
};
