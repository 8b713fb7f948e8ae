/*
 * Maturity reviews (drafts, then published and immutable; amendments point
 * at what they correct) and the action register.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('csip_reviews', table => {
    table.comment('Maturity reviews of one process; immutable once published');
    table.string('id', 36).primary();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.string('process', 100).notNullable();
    table.string('state', 10).notNullable().comment('draft | published');
    table.integer('version').notNullable();
    table.string('author', 255).notNullable();
    table.string('review_date', 10).notNullable().comment('ISO 8601 date');
    table
      .text('content')
      .notNullable()
      .comment(
        'JSON: ledBy, participants, evidence, ratings, strengths, observations, suggestions, actions',
      );
    table.integer('level').nullable().comment('Set when published');
    table.text('tone_findings').nullable().comment('JSON, set when published');
    table.boolean('tone_acknowledged').nullable();
    table
      .string('amends', 36)
      .nullable()
      .comment('The published review this amendment corrects');
    table.text('amendment_reason').nullable();
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.string('published_at', 30).nullable();
    table.index(['programme_id', 'process'], 'csip_reviews_programme_idx');
  });

  await knex.schema.createTable('csip_actions', table => {
    table.comment(
      'The action register: SMART actions from reviews, scope or by hand',
    );
    table.string('id', 36).primary();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.text('description').notNullable();
    table.string('owner', 255).notNullable();
    table.text('measure').notNullable();
    table.string('due_date', 10).notNullable().comment('ISO 8601 date');
    table
      .string('status', 20)
      .notNullable()
      .comment('open | in-progress | done | dropped');
    table
      .string('source_type', 10)
      .notNullable()
      .comment('review | scope | manual');
    table.string('source_review_id', 36).nullable();
    table.string('source_process', 100).nullable();
    table.integer('version').notNullable();
    table.string('created_by', 255).notNullable();
    table.string('created_at', 30).notNullable();
    table.string('updated_at', 30).notNullable();
    table.index(['programme_id'], 'csip_actions_programme_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('csip_actions');
  await knex.schema.dropTable('csip_reviews');
};
