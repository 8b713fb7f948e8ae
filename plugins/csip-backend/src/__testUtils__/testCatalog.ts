import { mockServices } from '@backstage/backend-test-utils';
import { parseEntityRef, type Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  CatalogRefValidator,
  CatalogServiceRefValidator,
} from '../services/CatalogRefValidator';

/**
 * Every owner and member the backend's tests name in their writes, so that
 * they pass the catalog check unchanged. A ref a test expects the catalog
 * not to have (`group:default/no-such-group`) must stay out of this list.
 */
export const TEST_CATALOG_REFS: readonly string[] = [
  'group:default/it-operations',
  'group:default/ops',
  'group:default/service-desk',
  'system:default/payments',
  'system:default/payments-platform',
  // The demo organisation (examples/org.yaml) and the demo seed.
  'user:default/alex.coach',
  'user:default/dana.sponsor',
  'user:default/guest',
  'user:default/ines.desk',
  'user:default/lena.release',
  'user:default/omar.ops',
  'user:default/priya.change',
  'user:default/sam.desk',
  'user:default/tomas.config',
  // Route and reliability tests (the catalog ignores case: Priya.Lead too).
  'user:default/ada',
  'user:default/alex',
  'user:default/bo',
  'user:default/cara.coach',
  'user:default/dana',
  'user:default/fuzz.lead',
  'user:default/jo',
  'user:default/kim.sponsor',
  'user:default/lee.lead',
  'user:default/mock',
  'user:default/new.person',
  'user:default/nina.outsider',
  'user:default/olivia.owner',
  'user:default/omar',
  'user:default/omar.member',
  'user:default/priya',
  'user:default/priya.lead',
  'user:default/programme.creator',
  'user:default/sam',
  'user:default/sam.sponsor',
  'user:default/zoe.elsewhere',
];

const KINDS: Record<string, string> = {
  user: 'User',
  group: 'Group',
  system: 'System',
};

/**
 * Catalog entities for refs: a bare entity of each ref's kind; a group
 * that `parents` names (by ref) gets that parent as its `spec.parent`.
 */
export function testCatalogEntities(
  refs: readonly string[] = TEST_CATALOG_REFS,
  parents: Readonly<Record<string, string>> = {},
): Entity[] {
  return refs.map(ref => {
    const { kind, namespace, name } = parseEntityRef(ref);
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: KINDS[kind] ?? kind,
      metadata: { name, namespace },
      spec: parents[ref] ? { parent: parents[ref] } : {},
    };
  });
}

/**
 * An in-memory catalog holding `refs` (by default {@link TEST_CATALOG_REFS}),
 * groups below the parents `parents` gives them (none by default).
 */
export function testCatalog(
  refs: readonly string[] = TEST_CATALOG_REFS,
  parents: Readonly<Record<string, string>> = {},
): CatalogService {
  return catalogServiceMock({ entities: testCatalogEntities(refs, parents) });
}

/** The catalog check against `catalog` (by default {@link testCatalog}). */
export function testCatalogRefValidator(
  catalog: CatalogService = testCatalog(),
): CatalogRefValidator {
  return CatalogServiceRefValidator.create({
    catalog,
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
  });
}
