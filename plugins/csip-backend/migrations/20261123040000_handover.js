/*
 * The handover checklist (seeded from the template when a programme gets its
 * first scope) and the skills matrix.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('csip_handover_items', table => {
    table.comment('Handover checklist items per programme');
    table.string('id', 36).primary();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table
      .string('template_key', 100)
      .notNullable()
      .comment('Template item key; empty for custom items');
    table
      .string('process', 100)
      .notNullable()
      .comment('Process id; empty when the item is not about one process');
    table.string('title', 300).notNullable();
    table.text('description').notNullable();
    table.string('category', 20).notNullable();
    table.integer('weight').notNullable();
    table.boolean('critical').notNullable();
    table.string('owner', 255).nullable();
    table
      .string('status', 20)
      .notNullable()
      .comment('not-started | in-progress | demonstrated | verified');
    table.text('evidence').nullable();
    table.string('verified_by', 255).nullable();
    table.string('verified_at', 30).nullable();
    table.string('updated_by', 255).nullable();
    table.string('updated_at', 30).notNullable();
    table.integer('position').notNullable().comment('Display order');
    table.integer('version').notNullable();
    table
      .string('slot', 250)
      .notNullable()
      .comment(
        'template_key|process for template items (once per programme, even under a race), the id for custom items',
      );
    table.unique(['programme_id', 'slot'], {
      indexName: 'csip_handover_items_slot_uniq',
    });
  });

  await knex.schema.createTable('csip_skills_matrices', table => {
    table.comment('Who is how proficient in which process, per programme');
    table
      .string('programme_id', 36)
      .primary()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.text('people').notNullable().comment('JSON: [{ userRef, skills }]');
    table.integer('version').notNullable();
    table.string('updated_by', 255).notNullable();
    table.string('updated_at', 30).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('csip_skills_matrices');
  await knex.schema.dropTable('csip_handover_items');
};
