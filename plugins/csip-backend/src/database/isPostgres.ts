import type { Knex } from 'knex';

/**
 * Whether `db` (a knex client or transaction) talks to PostgreSQL, for the
 * few statements the two engines need written differently.
 *
 * @internal
 */
export function isPostgres(db: Knex | Knex.Transaction): boolean {
  const client = String(db.client.config.client ?? '');
  return client.includes('pg') || client.includes('postgres');
}
