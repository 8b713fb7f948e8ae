/*
 * Outcome KPIs and closing a programme: the readings of the KPIs that
 * scope versions carry (the KPIs themselves live in the scope JSON, with a
 * stable id), and the closure of a programme (verdict, outcome, lessons),
 * recorded once on its row.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('csip_kpi_readings', table => {
    table.comment('Readings of outcome KPIs; append-only');
    table.string('id', 36).primary();
    table
      .string('programme_id', 36)
      .notNullable()
      .references('id')
      .inTable('csip_programmes')
      .onDelete('CASCADE');
    table
      .string('kpi_id', 64)
      .notNullable()
      .comment('The KPI’s id in the scope versions (a slug of its name)');
    table.string('reading_on', 10).notNullable().comment('ISO 8601 date');
    table.double('value').notNullable();
    table.string('recorded_by', 255).notNullable();
    table.string('recorded_at', 30).notNullable().comment('ISO 8601 UTC');
    table.index(['programme_id', 'kpi_id'], 'csip_kpi_readings_kpi_idx');
  });

  await knex.schema.alterTable('csip_programmes', table => {
    table
      .string('closure_verdict', 20)
      .nullable()
      .comment('successful | partly-successful | withdrawn; null while open');
    table.text('closure_outcome').nullable();
    table.text('closure_lessons').nullable();
    table.string('closed_by', 255).nullable();
    table.string('closed_at', 30).nullable().comment('ISO 8601 UTC');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('csip_programmes', table => {
    table.dropColumn('closed_at');
    table.dropColumn('closed_by');
    table.dropColumn('closure_lessons');
    table.dropColumn('closure_outcome');
    table.dropColumn('closure_verdict');
  });
  await knex.schema.dropTable('csip_kpi_readings');
};
