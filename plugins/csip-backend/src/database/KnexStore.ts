import { Knex } from 'knex';

/**
 * What every store of the plugin is: queries on a knex client or on a
 * transaction, and the same store bound to another transaction. The
 * migrations are not a store's business: `createStores` runs them once,
 * before any store is made.
 *
 * @internal
 */
export abstract class KnexStore {
  constructor(protected readonly db: Knex) {}

  /** The same store, reading and writing inside `tx`. */
  withTransaction(tx: Knex.Transaction): this {
    const Store = this.constructor as new (db: Knex) => this;
    return new Store(tx);
  }
}
