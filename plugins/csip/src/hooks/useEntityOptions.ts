import { useApi } from '@backstage/frontend-plugin-api';
import {
  catalogApiRef,
  defaultEntityPresentation,
} from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** A catalog entity offered in a picker. */
export type EntityOption = {
  /** Full entity ref, such as `group:default/it-operations`. */
  ref: string;
  /** The entity's title, or its name when it has none. */
  title: string;
  /** The entity's kind as the catalog spells it, such as `Group`. */
  kind: string;
};

/**
 * The catalog entities of the given kinds, sorted by title, for a picker.
 * Pass a constant array: the entities load again when the kinds change.
 */
export function useEntityOptions(kinds: readonly string[]) {
  const catalogApi = useApi(catalogApiRef);
  const kindsKey = kinds.join(',');
  return useAsync(async (): Promise<EntityOption[]> => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: kindsKey.split(',') },
    });
    return items
      .map(entity => {
        const presentation = defaultEntityPresentation(entity);
        return {
          ref: presentation.entityRef,
          title: presentation.primaryTitle,
          kind: entity.kind,
        };
      })
      .sort((a, b) => a.title.localeCompare(b.title));
  }, [catalogApi, kindsKey]);
}
