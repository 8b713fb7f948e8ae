import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { csipApiRef, CsipClient } from '../api';

const legacyRootRouteRef = createRouteRef({ id: 'csip' });

/**
 * CSIP Coach for portals on the legacy frontend system
 * (`<Route path="/csip" element={<CsipPage />} />` in `App.tsx`).
 *
 * @public
 */
export const legacyCsipPlugin = createPlugin({
  id: 'csip',
  apis: [
    createApiFactory({
      api: csipApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new CsipClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { root: legacyRootRouteRef },
});

/**
 * The CSIP page for the legacy frontend system.
 *
 * @public
 */
export const CsipPage = legacyCsipPlugin.provide(
  createRoutableExtension({
    name: 'CsipPage',
    component: () => import('./LegacyCsipPage').then(m => m.LegacyCsipPage),
    mountPoint: legacyRootRouteRef,
  }),
);
