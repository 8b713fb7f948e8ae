import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CatalogRefValidator,
  CatalogServiceRefValidator,
  NoopCatalogRefValidator,
} from './CatalogRefValidator';

/**
 * The values of `csip.catalogRefCheck`.
 *
 * @internal
 */
export type CatalogRefCheckMode = 'enforce' | 'off';

const MODES: readonly CatalogRefCheckMode[] = ['enforce', 'off'];

/**
 * `csip.catalogRefCheck`: `enforce` (the default) or `off`. Anything else
 * stops the backend at start-up with a message naming the key.
 *
 * @internal
 */
export function readCatalogRefCheck(config: Config): CatalogRefCheckMode {
  const value = config.getOptional('csip.catalogRefCheck') ?? 'enforce';
  if (!MODES.includes(value as CatalogRefCheckMode)) {
    throw new Error(
      `Invalid csip.catalogRefCheck: must be 'enforce' or 'off', got ${JSON.stringify(
        value,
      )}`,
    );
  }
  return value as CatalogRefCheckMode;
}

/**
 * The check of owner and member refs that `csip.catalogRefCheck` asks for:
 * against the catalog, or (with `off`, logged once here) none.
 *
 * @internal
 */
export function createCatalogRefValidator(options: {
  config: Config;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
}): CatalogRefValidator {
  if (readCatalogRefCheck(options.config) === 'off') {
    options.logger.warn(
      'csip.catalogRefCheck is off: owner and member refs are stored without checking that the catalog has them',
    );
    return new NoopCatalogRefValidator();
  }
  return CatalogServiceRefValidator.create(options);
}
