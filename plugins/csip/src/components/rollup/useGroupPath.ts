import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { refName } from '../../util/refName';

/** A group on the way from the top of the catalog to the chosen one. */
export type GroupPathStep = { groupRef: string; title: string };

/** Deeper than any organisation; also ends a loop in the catalog's parents. */
const MAX_DEPTH = 12;

type CatalogGroup = {
  metadata: { name: string; namespace?: string; title?: string };
  spec?: { parent?: unknown; profile?: { displayName?: unknown } };
  relations?: { type: string; targetRef: string }[];
};

function titleOf(entity: CatalogGroup): string {
  const name = entity.spec?.profile?.displayName;
  if (typeof name === 'string' && name.trim()) return name;
  return entity.metadata.title || entity.metadata.name;
}

function parentOf(entity: CatalogGroup): string | null {
  const relation = entity.relations?.find(r => r.type === 'childOf');
  if (relation) return relation.targetRef;
  const parent = entity.spec?.parent;
  if (typeof parent !== 'string' || !parent) return null;
  return stringifyEntityRef(
    parseEntityRef(parent, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    }),
  );
}

/**
 * The groups above the chosen one, from the top down, for the roll-up's
 * breadcrumb: its parent (`parentRef`, from the roll-up) and that one's
 * parents, looked up in the catalog. A group the catalog cannot give is
 * named by its ref and ends the path there.
 *
 * @internal
 */
export function useGroupPath(parentRef: string | null | undefined): {
  steps: GroupPathStep[];
  loading: boolean;
} {
  const catalogApi = useApi(catalogApiRef);
  const state = useAsync(async () => {
    const steps: GroupPathStep[] = [];
    const seen = new Set<string>();
    let ref = parentRef ?? null;
    while (ref && !seen.has(ref) && steps.length < MAX_DEPTH) {
      seen.add(ref);
      let entity: CatalogGroup | undefined;
      try {
        entity = (await catalogApi.getEntityByRef(ref)) as
          | CatalogGroup
          | undefined;
      } catch {
        entity = undefined;
      }
      steps.unshift({
        groupRef: ref,
        title: entity ? titleOf(entity) : refName(ref),
      });
      ref = entity ? parentOf(entity) : null;
    }
    return steps;
  }, [catalogApi, parentRef]);
  return { steps: state.value ?? [], loading: state.loading };
}
