/*
 * The first CSIP Coach tables: programmes and their members.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('csip_programmes', table => {
    table.comment('Continual service improvement programmes');
    table.string('id', 36).primary().comment('UUID of the programme');
    table.string('title', 200).notNullable();
    table.text('vision').notNullable().defaultTo('');
    table.string('driver', 20).notNullable().comment('strategic | operational');
    table
      .text('business_drivers')
      .notNullable()
      .defaultTo('[]')
      .comment('JSON array of { text, visibility }');
    table.string('owner_ref', 255).notNullable().comment('Group or System ref');
    table.string('phase', 20).notNullable().defaultTo('establish');
    table.boolean('archived').notNullable().defaultTo(false);
    table
      .integer('version')
      .notNullable()
      .defaultTo(1)
      .comment('Optimistic concurrency token');
    table.string('created_by', 255).notNullable();
    table.string('created_at', 30).notNullable().comment('ISO 8601 UTC');
    table.string('updated_at', 30).notNullable().comment('ISO 8601 UTC');
    table.index(['owner_ref'], 'csip_programmes_owner_idx');
    table.index(['created_at', 'id'], 'csip_programmes_created_idx');
  });

  await knex.schema.createTable('csip_programme_members', table => {
    table.comment('People in a programme and their programme roles');
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table
      .string('role', 20)
      .notNullable()
      .comment('sponsor | coach | lead | member');
    table.primary(['programme_id', 'user_ref', 'role']);
    table.index(['user_ref'], 'csip_programme_members_user_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('csip_programme_members');
  await knex.schema.dropTable('csip_programmes');
};
