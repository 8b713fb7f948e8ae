/*
 * Scope versions (append-only) and the agreements recorded on them.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('csip_scope_versions', table => {
    table.comment('Published scope versions; append-only');
    table.increments('seq').primary();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.integer('number').notNullable();
    table
      .text('scope')
      .notNullable()
      .comment(
        'JSON: processes, objectives, outOfScope, milestones, resources, assumptions, approvers',
      );
    table.string('published_by', 255).notNullable();
    table.string('published_at', 30).notNullable().comment('ISO 8601 UTC');
    table.unique(['programme_id', 'number'], {
      indexName: 'csip_scope_versions_number_uniq',
    });
  });

  await knex.schema.createTable('csip_scope_agreements', table => {
    table.comment('Agree/decline decisions on scope versions; append-only');
    table.increments('seq').primary();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.integer('version_number').notNullable();
    table.string('user_ref', 255).notNullable();
    table.string('decision', 10).notNullable().comment('agree | decline');
    table.text('comment').notNullable().defaultTo('');
    table.string('at', 30).notNullable().comment('ISO 8601 UTC');
    table.index(
      ['programme_id', 'version_number'],
      'csip_scope_agreements_version_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('csip_scope_agreements');
  await knex.schema.dropTable('csip_scope_versions');
};
