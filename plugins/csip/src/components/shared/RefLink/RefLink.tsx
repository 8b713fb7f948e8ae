import { EntityRefLink } from '@backstage/plugin-catalog-react';

const ENTITY_REF = /^[a-z0-9-]+:([a-z0-9._-]+\/)?[a-z0-9._-]+$/i;

/**
 * A link to the catalog entity a ref names, or the text itself when it is
 * not an entity ref (such as a service principal that acted). It is always
 * underlined: in a sentence, colour alone would not tell it from the text.
 *
 * @internal
 */
export const RefLink = ({ entityRef }: { entityRef: string }) =>
  ENTITY_REF.test(entityRef) ? (
    <EntityRefLink entityRef={entityRef} underline="always" />
  ) : (
    <>{entityRef}</>
  );
