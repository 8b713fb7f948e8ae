import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { csipApiRef } from './api';
import plugin, { legacyCsipPlugin, CsipPage } from './index';
import { csipPage } from './plugin';
import { programmeRouteRef, rootRouteRef } from './routes';
import { aBlockedPhaseStatus, aProgramme } from './__testUtils__/fixtures';
import { mockCsipApi } from './__testUtils__/mockCsipApi';

const catalogRoutes = {
  '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
};

describe('csip frontend plugin', () => {
  it('is the csip plugin for the new frontend system', () => {
    expect(plugin.id).toBe('csip');
  });

  it('offers the page at /csip', () => {
    const tester = createExtensionTester(csipPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/csip');
  });

  it('offers the programme page as a sub-route of the CSIP page', () => {
    expect(plugin.routes.root).toBe(rootRouteRef);
    expect(plugin.routes.programme).toBe(programmeRouteRef);
  });

  it('keeps a legacy plugin and page for older portals', () => {
    expect(legacyCsipPlugin.getId()).toBe('csip');
    expect(Object.keys(legacyCsipPlugin.routes)).toEqual([
      'root',
      'programme',
      'programmeReport',
    ]);
    expect(CsipPage).toBeDefined();
  });

  it('links each listed programme to its page below /csip', async () => {
    const programme = aProgramme();
    renderTestApp({
      features: [plugin],
      mountedRoutes: catalogRoutes,
      initialRouteEntries: ['/csip?tab=portfolio'],
      apis: [
        [
          csipApiRef,
          mockCsipApi({
            listProgrammes: async () => ({ items: [programme] }),
          }),
        ],
        catalogApiMock(),
      ],
    });
    expect(
      await screen.findByRole('link', { name: 'Change management CSIP' }),
    ).toHaveAttribute('href', '/csip/programmes/p1');
  });

  it('shows a programme at /csip/programmes/:programmeId', async () => {
    renderTestApp({
      features: [plugin],
      mountedRoutes: catalogRoutes,
      initialRouteEntries: ['/csip/programmes/p1'],
      apis: [
        [
          csipApiRef,
          mockCsipApi({
            getProgramme: async () => aProgramme(),
            getPhaseStatus: async () => aBlockedPhaseStatus(),
          }),
        ],
      ],
    });
    expect(
      await screen.findByRole('heading', { name: 'Change management CSIP' }),
    ).toBeInTheDocument();
  });
});
