/*
 * Trustworthy records: imported programmes carry their provenance; every
 * change of a programme's members is kept with the list before and after;
 * a handover item keeps the team's demonstration beside the coach's
 * verification and is retired (not deleted) when its process leaves the
 * scope; the database itself keeps one amendment per published review.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('csip_programmes', table => {
    table
      .string('imported_by', 255)
      .nullable()
      .comment('Who imported the programme (absent when made here)');
    table.string('imported_at', 30).nullable();
    table
      .string('exported_at', 30)
      .nullable()
      .comment('When the imported export document was made');
  });
  await knex.schema.createTable('csip_membership_changes', table => {
    table.comment('Every change of a programme’s members, before and after');
    table.increments('seq').primary();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.string('changed_by', 255).notNullable();
    table.string('changed_at', 30).notNullable();
    table.text('before').notNullable().comment('JSON: [{ userRef, role }]');
    table.text('after').notNullable().comment('JSON: [{ userRef, role }]');
    table.index(['programme_id'], 'csip_membership_changes_programme_idx');
  });
  await knex.schema.alterTable('csip_handover_items', table => {
    table.string('demonstrated_by', 255).nullable();
    table.string('demonstrated_at', 30).nullable();
    table
      .string('retired_at', 30)
      .nullable()
      .comment('Set while the item’s process is out of scope');
  });
  await knex.schema.alterTable('csip_reviews', table => {
    table.unique(['amends'], { indexName: 'csip_reviews_amends_uniq' });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('csip_reviews', table => {
    table.dropUnique([], 'csip_reviews_amends_uniq');
  });
  await knex.schema.alterTable('csip_handover_items', table => {
    table.dropColumn('retired_at');
    table.dropColumn('demonstrated_at');
    table.dropColumn('demonstrated_by');
  });
  await knex.schema.dropTable('csip_membership_changes');
  await knex.schema.alterTable('csip_programmes', table => {
    table.dropColumn('exported_at');
    table.dropColumn('imported_at');
    table.dropColumn('imported_by');
  });
};
