import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { csipApiRef, CsipClient } from './api';
import { isCsipAvailable } from './components/entity/useEntityProgrammes';
import {
  programmeReportRouteRef,
  programmeRouteRef,
  rootRouteRef,
} from './routes';

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
 * The CSIP page at `/csip`, listed in the sidebar: the programme list,
 * each programme's page at `/csip/programmes/:programmeId` and its printable
 * report at `/csip/programmes/:programmeId/report`.
 *
 * @public
 */
export const csipPage = PageBlueprint.make({
  params: {
    path: '/csip',
    title: 'CSIP',
    icon: <TrendingUpIcon />,
    routeRef: rootRouteRef,
    loader: () => import('./CsipRouter').then(m => <m.CsipRouter />),
  },
});

/**
 * The Improvement tab of group, system and component pages in the catalog:
 * the entity's improvement programmes and where each stands, or how to
 * start one.
 *
 * @public
 */
export const entityImprovementContent = EntityContentBlueprint.make({
  name: 'improvement',
  params: {
    path: 'improvement',
    title: 'Improvement',
    filter: isCsipAvailable,
    loader: () =>
      import('./components/entity/EntityImprovementContent').then(m => (
        <m.EntityImprovementContent />
      )),
  },
});

/**
 * The Improvement card on the overview of group, system and component pages
 * in the catalog, linking to the Improvement tab.
 *
 * @public
 */
export const entityImprovementCard = EntityCardBlueprint.make({
  name: 'improvement',
  params: {
    filter: isCsipAvailable,
    loader: () =>
      import('./components/entity/EntityImprovementCard').then(m => (
        <m.EntityImprovementCard />
      )),
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
  extensions: [
    csipApi,
    csipPage,
    entityImprovementContent,
    entityImprovementCard,
  ],
  routes: {
    root: rootRouteRef,
    programme: programmeRouteRef,
    programmeReport: programmeReportRouteRef,
  },
});
