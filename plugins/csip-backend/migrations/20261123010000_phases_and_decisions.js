/*
 * Phase transition history and the append-only approach decisions.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('csip_phase_transitions', table => {
    table.comment('Every phase change of a programme, in order');
    table.increments('seq').primary();
    table.string('id', 36).notNullable().unique();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.string('from_phase', 20).notNullable();
    table.string('to_phase', 20).notNullable();
    table.text('reason').nullable();
    table.string('moved_by', 255).notNullable();
    table.string('moved_at', 30).notNullable().comment('ISO 8601 UTC');
    table.index(['programme_id'], 'csip_phase_transitions_programme_idx');
  });

  await knex.schema.createTable('csip_approach_decisions', table => {
    table.comment('Implementation-approach decisions; append-only');
    table.increments('seq').primary();
    table.string('id', 36).notNullable().unique();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table
      .string('approach', 30)
      .notNullable()
      .comment('done-to-you | diy | diy-with-coaching');
    table.text('rationale').notNullable().defaultTo('');
    table.string('revisit_on', 10).nullable().comment('YYYY-MM-DD');
    table.text('answers').nullable().comment('JSON readiness answers');
    table.string('recommended', 30).nullable();
    table.string('decided_by', 255).notNullable();
    table.string('decided_at', 30).notNullable().comment('ISO 8601 UTC');
    table.index(['programme_id'], 'csip_approach_decisions_programme_idx');
  });

  await knex.schema.createTable('csip_meta', table => {
    table.comment(
      'Facts about this installation, e.g. that demo data was seeded',
    );
    table.string('key', 100).primary();
    table.text('value').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('csip_meta');
  await knex.schema.dropTable('csip_approach_decisions');
  await knex.schema.dropTable('csip_phase_transitions');
};
