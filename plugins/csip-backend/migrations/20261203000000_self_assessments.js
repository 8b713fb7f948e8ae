/*
 * Team self-assessment: members rate a process's criteria themselves before
 * a review, optionally anonymously. One answer per person, process and
 * round (the round begins when a review of the process is published); the
 * database keeps it unique. The respondent of an anonymous answer is kept
 * only for that uniqueness and is never returned or exported; an imported
 * anonymous answer has none.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('csip_self_assessments', table => {
    table.comment('Team members’ own ratings of a process before a review');
    table.string('id', 36).primary();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.string('process', 64).notNullable();
    table
      .string('round_start', 30)
      .notNullable()
      .defaultTo('')
      .comment(
        'When the round began: the publication of the last review of the process, or empty for the first round',
      );
    table
      .string('respondent', 255)
      .nullable()
      .comment('Who answered; never returned for an anonymous answer');
    table.boolean('anonymous').notNullable().defaultTo(false);
    table
      .text('ratings')
      .notNullable()
      .comment('JSON: [{ criterionId, rating }]');
    table.string('answered_at', 30).notNullable();
    table.unique(['programme_id', 'process', 'round_start', 'respondent'], {
      indexName: 'csip_self_assessments_one_per_round',
    });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('csip_self_assessments');
};
