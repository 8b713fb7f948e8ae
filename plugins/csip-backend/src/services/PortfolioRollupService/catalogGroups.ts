import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  type Entity,
  parseEntityRef,
  RELATION_CHILD_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ServiceUnavailableError, toError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { RollupCatalogGroup } from '@csip-coach/plugin-csip-common';
import { entityDisplayName } from '../CatalogRefValidator';

/** The parent of a group: its `childOf` relation, else its `spec.parent`. */
function parentRef(entity: Entity): string | null {
  const relation = entity.relations?.find(r => r.type === RELATION_CHILD_OF);
  if (relation) return relation.targetRef;
  const parent = (entity.spec as { parent?: unknown } | undefined)?.parent;
  if (typeof parent !== 'string' || parent.trim() === '') return null;
  try {
    return stringifyEntityRef(
      parseEntityRef(parent, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return null;
  }
}

/**
 * Every group of the catalog with its title and parent, in one query as
 * the plugin's own service identity (the hierarchy is the same for every
 * caller). A catalog that cannot answer is a 503, its reason logged.
 *
 * @internal
 */
export async function readCatalogGroups(options: {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
}): Promise<RollupCatalogGroup[]> {
  const { catalog, auth, logger } = options;
  try {
    const { items } = await catalog.getEntities(
      {
        filter: { kind: 'group' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.profile.displayName',
          'spec.parent',
          'relations',
        ],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    return items.map(entity => ({
      ref: stringifyEntityRef({
        kind: 'group',
        namespace: entity.metadata.namespace ?? 'default',
        name: entity.metadata.name,
      }),
      title: entityDisplayName(entity),
      parentRef: parentRef(entity),
    }));
  } catch (error) {
    logger.warn('Could not read the groups of the catalog', toError(error));
    throw new ServiceUnavailableError(
      'The catalog could not be reached for its groups; try again later',
    );
  }
}
