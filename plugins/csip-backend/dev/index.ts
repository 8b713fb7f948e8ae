import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';

// A minimal backend for working on this plugin alone: `yarn start` here, then
//   curl http://localhost:7007/api/csip/health
//   curl http://localhost:7007/api/csip/programmes
// Auth is mocked, so every request acts as user:default/mock.
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(import('../src'));
backend.start();
