import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createCardExtension } from '@backstage/plugin-home-react';
import { csipApiRef, CsipClient } from '../api';
import { MY_WORK_WIDGET } from '../components/me/MyWorkCard/myWorkWidget';
import {
  programmeReportRouteRef,
  programmeRouteRef,
  rootRouteRef,
} from '../routes';
import { LegacyCsipPage } from './LegacyCsipPage';

// The components load through `../lazy`, as those of the new plugin do, so
// that they share one chunk; `compatWrapper` lets the new-frontend-system
// hooks they use (such as `useRouteRef`) work in a legacy app.
//
// The legacy plugin mounts the same route refs as the new one, so links built
// with `useRouteRef` resolve in both kinds of app.
const legacyRootRouteRef = convertLegacyRouteRef(rootRouteRef);
const legacyProgrammeRouteRef = convertLegacyRouteRef(programmeRouteRef);
const legacyProgrammeReportRouteRef = convertLegacyRouteRef(
  programmeReportRouteRef,
);

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
  routes: {
    root: legacyRootRouteRef,
    programme: legacyProgrammeRouteRef,
    programmeReport: legacyProgrammeReportRouteRef,
  },
});

/**
 * The CSIP page for the legacy frontend system.
 *
 * @public
 */
export const CsipPage = legacyCsipPlugin.provide(
  createRoutableExtension({
    name: 'CsipPage',
    component: () =>
      import('../lazy')
        .then(m => m.loadCsipRouter())
        .then(CsipRouter => () => (
          <LegacyCsipPage>
            <CsipRouter />
          </LegacyCsipPage>
        )),
    mountPoint: legacyRootRouteRef,
  }),
);

/**
 * The Improvement tab of group, system and component pages for the legacy
 * frontend system:
 * `<EntityLayout.Route path="/improvement" title="Improvement" if={isCsipAvailable}>`.
 *
 * @public
 */
export const EntityImprovementContent = legacyCsipPlugin.provide(
  createComponentExtension({
    name: 'EntityImprovementContent',
    component: {
      lazy: () =>
        import('../lazy').then(
          m => () => compatWrapper(<m.EntityImprovementContent />),
        ),
    },
  }),
);

/**
 * The Improvement card for entity overview pages of the legacy frontend
 * system: `<EntitySwitch.Case if={isCsipAvailable}>`.
 *
 * @public
 */
export const EntityImprovementCard = legacyCsipPlugin.provide(
  createComponentExtension({
    name: 'EntityImprovementCard',
    component: {
      lazy: () =>
        import('../lazy').then(
          m => () => compatWrapper(<m.EntityImprovementCard />),
        ),
    },
  }),
);

/**
 * The "For you" card for the home page of legacy apps
 * (`@backstage/plugin-home`'s `CustomHomepageGrid` or any home page):
 * `<CsipMyWorkCard />`. The signed-in user's open actions, the scopes
 * awaiting their agreement and their programmes, in short.
 *
 * @public
 */
export const CsipMyWorkCard = legacyCsipPlugin.provide(
  createCardExtension({
    name: MY_WORK_WIDGET.name,
    title: MY_WORK_WIDGET.title,
    description: MY_WORK_WIDGET.description,
    layout: MY_WORK_WIDGET.layout,
    components: () =>
      import('../lazy').then(m => ({
        Content: () => compatWrapper(<m.MyWorkCard />),
      })),
  }),
);
