/*
 * Coaching between reviews: coaching moments, the commitments they lead to
 * (follow-ups, with one outcome each), the team's responses to advice (a
 * history per suggestion), comments on reviews, and reminders (each sent
 * once; a person's choice of a weekly digest). The portfolio status row
 * gains what sustain monitoring shows on the portfolio.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const programmeId = table =>
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');

  await knex.schema.createTable('csip_moments', table => {
    table.comment('Coaching moments: short notes tied to the work');
    table.string('id', 36).primary();
    programmeId(table);
    table.string('process', 100).notNullable();
    table.string('kind', 20).notNullable().comment('in-the-work | scheduled');
    table.string('context_kind', 30).nullable();
    table.string('context_ref', 255).nullable();
    table.string('context_title', 200).nullable();
    table.text('observation').notNullable();
    table.text('question').nullable();
    table.text('answer').nullable();
    table.string('recorded_by', 255).notNullable();
    table.string('at', 30).notNullable();
    table.index(['programme_id', 'at'], 'csip_moments_programme_idx');
  });

  await knex.schema.createTable('csip_follow_ups', table => {
    table.comment('Commitments to follow up; the outcome is recorded once');
    table.string('id', 36).primary();
    programmeId(table);
    table
      .string('moment_id', 36)
      .nullable()
      .references('id')
      .inTable('csip_moments')
      .onDelete('CASCADE');
    table.string('process', 100).notNullable();
    table.text('text').notNullable();
    table.string('owner', 255).notNullable();
    table.string('follow_up_on', 10).notNullable().comment('ISO 8601 date');
    table.string('outcome', 10).nullable().comment('kept | partly | not-yet');
    table.text('note').nullable();
    table.string('outcome_by', 255).nullable();
    table.string('outcome_at', 30).nullable();
    table.string('recorded_by', 255).notNullable();
    table.string('created_at', 30).notNullable();
    table.index(['programme_id'], 'csip_follow_ups_programme_idx');
    table.index(['owner'], 'csip_follow_ups_owner_idx');
    table.index(['follow_up_on'], 'csip_follow_ups_due_idx');
  });

  await knex.schema.createTable('csip_advice_responses', table => {
    table.comment(
      'The team’s responses to the growth suggestions of published reviews',
    );
    table
      .string('review_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_reviews')
      .onDelete('CASCADE');
    table.integer('suggestion_index').notNullable();
    table.integer('seq').notNullable().comment('1, 2, … per suggestion');
    programmeId(table);
    table
      .string('response', 10)
      .notNullable()
      .comment('adopt | defer | decline');
    table.text('reason').nullable();
    table.text('outcome').nullable();
    table.string('responded_by', 255).notNullable();
    table.string('responded_at', 30).notNullable();
    table.primary(
      ['review_id', 'suggestion_index', 'seq'],
      'csip_advice_responses_pk',
    );
    table.index(['programme_id'], 'csip_advice_responses_programme_idx');
  });

  await knex.schema.createTable('csip_review_comments', table => {
    table.comment('Comments on reviews; append-only');
    table.string('id', 36).primary();
    table
      .string('review_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_reviews')
      .onDelete('CASCADE');
    programmeId(table);
    table.text('text').notNullable();
    table.string('author', 255).notNullable();
    table.string('created_at', 30).notNullable();
    table.index(['review_id'], 'csip_review_comments_review_idx');
  });

  await knex.schema.createTable('csip_reminders', table => {
    table.comment(
      'Every reminder decided, once per kind, subject, person and occasion',
    );
    table.string('kind', 30).notNullable();
    table
      .string('subject', 100)
      .notNullable()
      .comment('What it is about: an action, follow-up, scope version, …');
    table.string('recipient', 255).notNullable();
    table
      .string('occasion', 40)
      .notNullable()
      .comment('What makes it new, e.g. the due date it is about');
    programmeId(table);
    table.text('title').notNullable();
    table.text('description').notNullable();
    table.string('link', 500).notNullable();
    table.string('created_at', 30).notNullable();
    table
      .string('delivered_at', 30)
      .nullable()
      .comment('Null while it waits for the weekly digest');
    table.primary(
      ['kind', 'subject', 'recipient', 'occasion'],
      'csip_reminders_pk',
    );
    table.index(['recipient', 'delivered_at'], 'csip_reminders_pending_idx');
  });

  await knex.schema.createTable('csip_reminder_preferences', table => {
    table.comment('How each person gets reminders, and their last digest');
    table.string('user_ref', 255).primary();
    table.string('delivery', 20).nullable().comment('each | weekly-digest');
    table.string('last_digest_at', 30).nullable();
    table.string('updated_at', 30).notNullable();
  });

  await knex.schema.alterTable('csip_programme_status', table => {
    table
      .string('sustain_due_on', 10)
      .nullable()
      .comment('In sustain: when the next team-led review is due');
    table
      .text('level_drops')
      .nullable()
      .comment('JSON: the processes whose latest level fell, [process]');
  });
  // Status rows from before have neither: mark them stale, so that the
  // start-up backfill recomputes them (see staleStatus.ts).
  await knex('csip_programme_status').update({
    refreshed_at: '1970-01-01T00:00:00.000Z',
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('csip_programme_status', table => {
    table.dropColumn('level_drops');
    table.dropColumn('sustain_due_on');
  });
  await knex.schema.dropTable('csip_reminder_preferences');
  await knex.schema.dropTable('csip_reminders');
  await knex.schema.dropTable('csip_review_comments');
  await knex.schema.dropTable('csip_advice_responses');
  await knex.schema.dropTable('csip_follow_ups');
  await knex.schema.dropTable('csip_moments');
};
