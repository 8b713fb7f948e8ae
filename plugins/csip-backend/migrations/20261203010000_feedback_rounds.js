/*
 * Partnership feedback rounds (Quiver's "raising awareness"): rounds, who
 * took part (once each), and the responses, which keep their respondent
 * only when named, so that nothing stored ties an anonymous answer to a
 * person. Actions may come from a barrier of a round.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('csip_feedback_rounds', table => {
    table.comment('Partnership feedback rounds');
    table.string('id', 36).primary();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.string('title', 200).notNullable();
    table.string('closes_on', 10).notNullable().comment('ISO 8601 date');
    table
      .text('organisations')
      .notNullable()
      .comment('JSON: [name], 1–10 names of at most 100 characters');
    table.string('created_by', 255).notNullable();
    table.string('created_at', 30).notNullable();
    table.index(['programme_id'], 'csip_feedback_rounds_programme_idx');
  });

  await knex.schema.createTable('csip_feedback_participants', table => {
    table.comment(
      'Who answered a round (once each); never which response is theirs',
    );
    table
      .string('round_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_feedback_rounds')
      .onDelete('CASCADE');
    table.string('respondent', 255).notNullable();
    table.primary(['round_id', 'respondent'], 'csip_feedback_participants_pk');
  });

  await knex.schema.createTable('csip_feedback_responses', table => {
    table.comment(
      'Responses to rounds; no time, and the respondent only when named',
    );
    table.string('id', 36).primary();
    table
      .string('round_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_feedback_rounds')
      .onDelete('CASCADE');
    table.string('organisation', 100).notNullable();
    table
      .string('respondent', 255)
      .nullable()
      .comment('Null when the response is anonymous');
    table
      .text('barriers')
      .notNullable()
      .comment('JSON: [{ barrier, severity, comment? }]');
    table.index(['round_id'], 'csip_feedback_responses_round_idx');
  });

  await knex.schema.alterTable('csip_actions', table => {
    table
      .string('source_round_id', 36)
      .nullable()
      .comment('For source_type feedback: the feedback round');
    table
      .string('source_barrier', 40)
      .nullable()
      .comment('For source_type feedback: the barrier');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('csip_actions', table => {
    table.dropColumn('source_barrier');
    table.dropColumn('source_round_id');
  });
  await knex.schema.dropTable('csip_feedback_responses');
  await knex.schema.dropTable('csip_feedback_participants');
  await knex.schema.dropTable('csip_feedback_rounds');
};
