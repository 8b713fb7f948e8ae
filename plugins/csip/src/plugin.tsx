import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { csipApiRef, CsipClient } from './api';
import { programmeRouteRef, rootRouteRef } from './routes';

/**
 * The client of the CSIP backend, on the portal's discovery and fetch APIs.
 *
 * @public
 */
export const csipApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: csipApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new CsipClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The CSIP page at `/csip`, listed in the sidebar: the programme list, and
 * each programme's page at `/csip/programmes/:programmeId`.
 *
 * @public
 */
export const csipPage = PageBlueprint.make({
  params: {
    path: '/csip',
    title: 'CSIP',
    icon: <TrendingUpIcon />,
    routeRef: rootRouteRef,
    loader: () => import('./components/CsipRouter').then(m => <m.CsipRouter />),
  },
});

/**
 * CSIP Coach for the new frontend system.
 *
 * @public
 */
export const csipPlugin = createFrontendPlugin({
  pluginId: 'csip',
  title: 'CSIP',
  icon: <TrendingUpIcon />,
  info: { packageJson: () => import('../package.json') },
  extensions: [csipApi, csipPage],
  routes: {
    root: rootRouteRef,
    programme: programmeRouteRef,
  },
});
