import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  CatalogServiceRefValidator,
  NoopCatalogRefValidator,
} from './CatalogRefValidator';
import { entityDisplayName, refName } from './entityDisplayName';

const auth = mockServices.auth();

const entity = (
  kind: string,
  name: string,
  extra: { title?: string; displayName?: string } = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', title: extra.title },
  spec: extra.displayName
    ? { profile: { displayName: extra.displayName } }
    : {},
});

const entities = [
  entity('User', 'omar.ops', { displayName: 'Omar Haddad', title: 'Omar' }),
  entity('Group', 'it-operations', { title: 'IT Operations' }),
  entity('System', 'payments'),
];

describe('CatalogServiceRefValidator.displayNames', () => {
  it('names each ref by display name, else title, else name, in one call', async () => {
    const catalog = catalogServiceMock.mock({
      getEntitiesByRefs: jest.fn(async ({ entityRefs }) => ({
        items: entityRefs.map(ref =>
          entities.find(
            e => `${e.kind.toLowerCase()}:default/${e.metadata.name}` === ref,
          ),
        ),
      })),
    });
    const names = await CatalogServiceRefValidator.create({
      catalog,
      auth,
      logger: mockServices.logger.mock(),
    }).displayNames([
      'user:default/omar.ops',
      'Group:default/IT-Operations',
      'system:default/payments',
      'group:default/gone',
      'user:default/omar.ops',
    ]);

    expect(Object.fromEntries(names)).toEqual({
      'user:default/omar.ops': 'Omar Haddad',
      'Group:default/IT-Operations': 'IT Operations',
      'system:default/payments': 'payments',
      'group:default/gone': 'gone',
    });
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
    expect(catalog.getEntitiesByRefs).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRefs: [
          'user:default/omar.ops',
          'group:default/it-operations',
          'system:default/payments',
          'group:default/gone',
        ],
      }),
      expect.anything(),
    );
  });

  it('asks nothing for no refs', async () => {
    const catalog = catalogServiceMock.mock();
    const names = await CatalogServiceRefValidator.create({
      catalog,
      auth,
      logger: mockServices.logger.mock(),
    }).displayNames([]);
    expect(names.size).toBe(0);
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('falls back to the refs’ names, and logs why, when the catalog cannot answer', async () => {
    const error = new Error('fetch failed');
    const logger = mockServices.logger.mock();
    const names = await CatalogServiceRefValidator.create({
      catalog: catalogServiceMock.mock({
        getEntitiesByRefs: jest.fn().mockRejectedValue(error),
      }),
      auth,
      logger,
    }).displayNames(['group:default/it-operations', 'not a ref']);

    expect(Object.fromEntries(names)).toEqual({
      'group:default/it-operations': 'it-operations',
      'not a ref': 'not a ref',
    });
    expect(logger.warn).toHaveBeenCalledWith(
      'Could not look up the names of 1 entity refs in the catalog',
      error,
    );
  });
});

describe('NoopCatalogRefValidator.displayNames', () => {
  it('gives each ref its name without asking the catalog', async () => {
    const names = await new NoopCatalogRefValidator().displayNames([
      'user:default/omar.ops',
      'group:it-operations',
    ]);
    expect(Object.fromEntries(names)).toEqual({
      'user:default/omar.ops': 'omar.ops',
      'group:it-operations': 'it-operations',
    });
  });
});

describe('entityDisplayName', () => {
  it('prefers the profile display name, then the title, then the name', () => {
    expect(entityDisplayName(entities[0])).toBe('Omar Haddad');
    expect(entityDisplayName(entities[1])).toBe('IT Operations');
    expect(entityDisplayName(entities[2])).toBe('payments');
    expect(
      entityDisplayName(entity('User', 'blank', { displayName: '  ' })),
    ).toBe('blank');
  });

  it('takes the name part of a ref', () => {
    expect(refName('user:default/omar.ops')).toBe('omar.ops');
    expect(refName('group:it-operations')).toBe('it-operations');
    expect(refName('omar')).toBe('omar');
  });
});
