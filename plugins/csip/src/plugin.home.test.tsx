import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { getComponentData } from '@backstage/core-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { homePageWidgetDataRef } from '@backstage/plugin-home-react/alpha';
import { screen } from '@testing-library/react';
import { csipApiRef } from './api';
import { CsipMyWorkCard, csipMyWorkWidget } from './index';
import { rootRouteRef } from './routes';
import { mockCsipApi } from './__testUtils__/mockCsipApi';
import { aMyWork } from './__testUtils__/myWorkFixtures';

describe('the "For you" home page card', () => {
  it('is a home page widget named CsipMyWork, titled "For you"', () => {
    const widget = createExtensionTester(csipMyWorkWidget).get(
      homePageWidgetDataRef,
    );
    expect(widget).toMatchObject({
      name: 'CsipMyWork',
      title: 'For you',
      layout: { width: { defaultColumns: 6 } },
    });
    expect(getComponentData(widget.component, 'core.extensionName')).toBe(
      'CsipMyWork',
    );
  });

  it('shows the counts and the most urgent work, with a link to the CSIP page', async () => {
    const { component } = createExtensionTester(csipMyWorkWidget).get(
      homePageWidgetDataRef,
    );
    await renderInTestApp(component, {
      apis: [
        [csipApiRef, mockCsipApi({ getMyWork: async () => aMyWork() })],
        catalogApiMock(),
      ],
      mountedRoutes: {
        '/csip': rootRouteRef,
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });
    expect(await screen.findByText('For you')).toBeInTheDocument();
    expect(
      await screen.findByText('2 open actions, 1 overdue'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('1 scope awaits your agreement'),
    ).toBeInTheDocument();
    expect(screen.getByText('2 programmes')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Write the CAB terms of reference' }),
    ).toHaveAttribute('href', '/csip/programmes/p1?tab=actions');
    expect(screen.getByRole('link', { name: 'Open CSIP' })).toHaveAttribute(
      'href',
      '/csip',
    );
  });

  it('is offered to legacy home pages as CsipMyWorkCard', () => {
    expect(getComponentData(<CsipMyWorkCard />, 'core.extensionName')).toBe(
      'CsipMyWork',
    );
  });
});
