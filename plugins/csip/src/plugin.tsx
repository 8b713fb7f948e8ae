import { attachComponentData } from '@backstage/core-plugin-api';
import {
  ApiBlueprint,
  createExtension,
  createFrontendPlugin,
  ExtensionBoundary,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  homePageWidgetDataRef,
  type HomePageWidgetData,
} from '@backstage/plugin-home-react/alpha';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { lazy } from 'react';
import { csipApiRef, CsipClient } from './api';
import { isCsipAvailable } from './components/entity/useEntityProgrammes';
import { MY_WORK_WIDGET } from './components/me/MyWorkCard/myWorkWidget';
import {
  programmeReportRouteRef,
  programmeRouteRef,
  rootRouteRef,
} from './routes';

// Every component loads through `./lazy`, so that the tab, the card and the
// home card share one chunk and the page's chunk adds only its own code.
const LazyMyWorkHomeCard = lazy(() =>
  import('./lazy').then(m => ({ default: m.MyWorkHomeCard })),
);

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
    loader: () =>
      import('./lazy')
        .then(m => m.loadCsipRouter())
        .then(CsipRouter => <CsipRouter />),
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
    loader: () => import('./lazy').then(m => <m.EntityImprovementContent />),
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
    loader: () => import('./lazy').then(m => <m.EntityImprovementCard />),
  },
});

/**
 * The "For you" card of the portal's home page (`page:home` of
 * `@backstage/plugin-home/alpha`): the signed-in user's open actions, the
 * scopes awaiting their agreement and their programmes, in short, linking
 * to the CSIP page. Named `CsipMyWork` in the home page's `defaultConfig`.
 *
 * Made with `createExtension` rather than `HomePageWidgetBlueprint`: the
 * blueprint's card (home-react 0.1.44) reads the legacy app context from its
 * own copy of `@backstage/core-plugin-api`, which an app on
 * `@backstage/frontend-plugin-api` 0.18 does not provide, so the card would
 * fail to render. The output is the same `homePageWidgetDataRef`.
 *
 * @public
 */
export const csipMyWorkWidget = createExtension({
  kind: 'home-page-widget',
  name: 'my-work',
  attachTo: { id: 'page:home', input: 'widgets' },
  output: [homePageWidgetDataRef],
  factory({ node }) {
    const widget = {
      name: MY_WORK_WIDGET.name,
      title: MY_WORK_WIDGET.title,
      description: MY_WORK_WIDGET.description,
      layout: MY_WORK_WIDGET.layout,
    };
    const Widget = () => (
      <ExtensionBoundary node={node}>
        <LazyMyWorkHomeCard />
      </ExtensionBoundary>
    );
    // What the home page's grid reads to offer and place the card.
    attachComponentData(Widget, 'core.extensionName', widget.name);
    attachComponentData(Widget, 'title', widget.title);
    attachComponentData(Widget, 'description', widget.description);
    attachComponentData(Widget, 'home.widget.config', {
      layout: widget.layout,
    });
    return [
      homePageWidgetDataRef({
        // The same node; home-react types it with its own copy of the API.
        node: node as unknown as HomePageWidgetData['node'],
        component: <Widget />,
        ...widget,
      }),
    ];
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
    csipMyWorkWidget,
  ],
  routes: {
    root: rootRouteRef,
    programme: programmeRouteRef,
    programmeReport: programmeReportRouteRef,
  },
});
