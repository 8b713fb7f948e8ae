import { useApiHolder } from '@backstage/frontend-plugin-api';
import {
  catalogApiRef,
  defaultEntityPresentation,
} from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * What people call the entities `refs` name (a user's display name, else
 * the entity's title), keyed by each ref as given, from one catalog call.
 * A ref the catalog does not have is left out, as is everything while it
 * loads, when it fails, or in an app without the catalog, so callers fall
 * back to the ref.
 *
 * @internal
 */
export function useDisplayNames(
  refs: readonly string[],
): ReadonlyMap<string, string> {
  const catalogApi = useApiHolder().get(catalogApiRef);
  const key = refs.join('\n');
  const { value } = useAsync(async () => {
    const entityRefs = key ? key.split('\n') : [];
    if (!catalogApi || entityRefs.length === 0) return NO_NAMES;
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs,
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    return new Map(
      entityRefs.flatMap((ref, index) => {
        const entity = items[index];
        return entity
          ? [[ref, defaultEntityPresentation(entity).primaryTitle] as const]
          : [];
      }),
    );
  }, [catalogApi, key]);
  return value ?? NO_NAMES;
}
