/*
 * Review history without reading the reviews' JSON: how a review was led
 * becomes a column (filled in from the content of the existing reviews),
 * and two indexes walk a process's published reviews newest first and
 * count them, so the maturity view, the handover and the portfolio status
 * read a process's latest reviews and its counts at a cost that hardly
 * grows with its history.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('csip_reviews', table => {
    table
      .string('led_by', 10)
      .nullable()
      .comment('coach | co-led | team; a copy of content.ledBy');
    // Walks a process's reviews of one state newest first, and counts them
    // (team-led ones, amendments) on its ranges without reading the rows.
    table.index(
      [
        'programme_id',
        'process',
        'state',
        'review_date',
        'published_at',
        'created_at',
        'led_by',
        'amends',
      ],
      'csip_reviews_history_idx',
    );
  });
  // Counts a programme's published reviews by how they were led and who
  // recorded them (entity refs compare case-insensitively); `author` itself
  // too, so that PostgreSQL counts on the index alone.
  await knex.raw(
    'CREATE INDEX csip_reviews_authors_idx ON csip_reviews (programme_id, state, led_by, LOWER(author), author)',
  );
  const client = String(knex.client.config.client ?? '');
  if (client.includes('pg') || client.includes('postgres')) {
    await knex.raw(
      `UPDATE csip_reviews SET led_by = (content::json) ->> 'ledBy'`,
    );
  } else if (client.includes('sqlite')) {
    await knex.raw(
      `UPDATE csip_reviews SET led_by = json_extract(content, '$.ledBy')`,
    );
  } else {
    const rows = await knex('csip_reviews').select('id', 'content');
    for (const row of rows) {
      await knex('csip_reviews')
        .where({ id: row.id })
        .update({ led_by: JSON.parse(row.content).ledBy });
    }
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.raw('DROP INDEX csip_reviews_authors_idx');
  await knex.schema.alterTable('csip_reviews', table => {
    table.dropIndex([], 'csip_reviews_history_idx');
    table.dropColumn('led_by');
  });
};
