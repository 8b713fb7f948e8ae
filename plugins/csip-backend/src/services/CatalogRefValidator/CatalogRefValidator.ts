import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  InputError,
  ServiceUnavailableError,
  toError,
} from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { entityDisplayName, refNames } from './entityDisplayName';

/**
 * One entity ref of a request to look up, and the field that holds it
 * (dotted, as the other 400s name fields: `members.2.userRef`).
 *
 * @internal
 */
export type CatalogRefCheck = {
  field: string;
  ref: string;
};

/**
 * Checks that the entity refs a write names are in the catalog, before
 * anything is written. Their kinds are the common schemas' business: a ref
 * reaches this check only once its kind is one its field allows.
 *
 * @internal
 */
export interface CatalogRefValidator {
  /**
   * Resolves when every ref is in the catalog. Otherwise an `InputError`
   * (400) `Invalid <what>: <field>: <ref> is not in the catalog; …` naming
   * every unknown one, or a `ServiceUnavailableError` (503) when the catalog
   * cannot answer.
   */
  check(refs: readonly CatalogRefCheck[], what: string): Promise<void>;

  /**
   * What people call the entities `refs` name, keyed by each ref as given:
   * `spec.profile.displayName`, else `metadata.title`, else the name, in
   * one batched look-up. Never fails: a ref the catalog does not have, or
   * a catalog that cannot answer (logged), gives the ref's name.
   */
  displayNames(refs: readonly string[]): Promise<Map<string, string>>;
}

/** `kind:namespace/name` in lower case, as the catalog keys its entities. */
function catalogKey(ref: string): string {
  return stringifyEntityRef(parseEntityRef(ref));
}

/** {@link catalogKey}, or undefined for text that is not an entity ref. */
function catalogKeyOf(ref: string): string | undefined {
  try {
    return catalogKey(ref);
  } catch {
    return undefined;
  }
}

/** The fields of `refs`, at most five of them by name. */
function fieldList(refs: readonly CatalogRefCheck[]): string {
  const fields = [...new Set(refs.map(r => r.field))];
  const named = fields.slice(0, 5).join(', ');
  return fields.length > 5 ? `${named} and ${fields.length - 5} more` : named;
}

/**
 * The check against the Backstage catalog, as the plugin's own service
 * identity, so that the answer does not depend on which entities the caller
 * may see. Refs are compared case-insensitively, as the catalog does. Why
 * the catalog could not answer goes to the log, not to the caller.
 *
 * @internal
 */
export class CatalogServiceRefValidator implements CatalogRefValidator {
  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
  }): CatalogServiceRefValidator {
    return new CatalogServiceRefValidator(
      options.catalog,
      options.auth,
      options.logger,
    );
  }

  private constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly logger: LoggerService,
  ) {}

  async check(refs: readonly CatalogRefCheck[], what: string): Promise<void> {
    if (refs.length === 0) return;
    const keys = [...new Set(refs.map(r => catalogKey(r.ref)))];
    const known = await this.lookUp(keys, refs);
    const unknown = refs.filter(r => !known.has(catalogKey(r.ref)));
    if (unknown.length > 0) {
      throw new InputError(
        `Invalid ${what}: ${unknown
          .map(r => `${r.field}: ${r.ref} is not in the catalog`)
          .join('; ')}`,
      );
    }
  }

  async displayNames(refs: readonly string[]): Promise<Map<string, string>> {
    const names = refNames(refs);
    const keys = [...new Set(refs.flatMap(ref => catalogKeyOf(ref) ?? []))];
    if (keys.length === 0) return names;
    try {
      const { items } = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: keys,
          fields: [
            'kind',
            'metadata.name',
            'metadata.title',
            'spec.profile.displayName',
          ],
        },
        { credentials: await this.auth.getOwnServiceCredentials() },
      );
      const byKey = new Map(keys.map((key, index) => [key, items[index]]));
      for (const ref of refs) {
        const key = catalogKeyOf(ref);
        const entity = key && byKey.get(key);
        if (entity) names.set(ref, entityDisplayName(entity));
      }
    } catch (error) {
      this.logger.warn(
        `Could not look up the names of ${keys.length} entity refs in the catalog`,
        toError(error),
      );
    }
    return names;
  }

  /** The keys of `keys` that the catalog holds. */
  private async lookUp(
    keys: string[],
    refs: readonly CatalogRefCheck[],
  ): Promise<Set<string>> {
    try {
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: keys, fields: ['kind', 'metadata.name'] },
        { credentials: await this.auth.getOwnServiceCredentials() },
      );
      return new Set(keys.filter((_key, index) => Boolean(items[index])));
    } catch (error) {
      this.logger.warn(
        `Could not look up ${keys.length} entity refs in the catalog`,
        toError(error),
      );
      throw new ServiceUnavailableError(
        `The catalog could not be reached to check ${fieldList(
          refs,
        )}; nothing was written, try again later`,
      );
    }
  }
}

/**
 * No check at all, for `csip.catalogRefCheck: off` (a portal whose catalog
 * lags behind the people and groups it uses).
 *
 * @internal
 */
export class NoopCatalogRefValidator implements CatalogRefValidator {
  async check(): Promise<void> {
    return;
  }

  /** The ref's name for each ref: the catalog is not asked. */
  async displayNames(refs: readonly string[]): Promise<Map<string, string>> {
    return refNames(refs);
  }
}
