import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { testCatalogEntities } from '../src/__testUtils__/testCatalog';

// A minimal backend for working on this plugin alone: `yarn start` here, then
//   curl http://localhost:7007/api/csip/health
//   curl http://localhost:7007/api/csip/programmes
// Auth is mocked, so every request acts as user:default/mock. There is no
// catalog backend: owner and member refs are checked against an in-memory
// catalog of the tests' refs (group:default/it-operations, the example users).
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(catalogServiceMock.factory({ entities: testCatalogEntities() }));
backend.add(import('../src'));
backend.start();
