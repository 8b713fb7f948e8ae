import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { csipApiRef, CsipClient } from '../api';
import { programmeRouteRef, rootRouteRef } from '../routes';

// The legacy plugin mounts the same route refs as the new one, so links built
// with `useRouteRef` resolve in both kinds of app.
const legacyRootRouteRef = convertLegacyRouteRef(rootRouteRef);
const legacyProgrammeRouteRef = convertLegacyRouteRef(programmeRouteRef);

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
  routes: { root: legacyRootRouteRef, programme: legacyProgrammeRouteRef },
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
