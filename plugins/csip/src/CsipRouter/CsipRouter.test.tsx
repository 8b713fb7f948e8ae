import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../api';
import { rootRouteRef } from '../routes';
import { catalogEntities } from '../__testUtils__/catalogEntities';
import { aBlockedPhaseStatus, aProgramme } from '../__testUtils__/fixtures';
import { mockCsipApi } from '../__testUtils__/mockCsipApi';
import { reportApiStubs } from '../__testUtils__/reportFixtures';
import { CsipRouter } from './CsipRouter';

function renderAt(path: string, csipApi: CsipApi) {
  return renderInTestApp(<CsipRouter />, {
    apis: [
      [csipApiRef, csipApi],
      catalogApiMock({ entities: catalogEntities }),
    ],
    mountPath: '/csip',
    initialRouteEntries: [path],
    mountedRoutes: {
      '/csip': rootRouteRef,
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}

describe('CsipRouter', () => {
  it('shows a programme at /csip/programmes/:programmeId', async () => {
    const csipApi = mockCsipApi({
      getProgramme: async () => aProgramme(),
      getPhaseStatus: async () => aBlockedPhaseStatus(),
    });
    await renderAt('/csip/programmes/p1', csipApi);

    expect(
      await screen.findByRole('heading', { name: 'Change management CSIP' }),
    ).toBeInTheDocument();
    expect(csipApi.getProgramme).toHaveBeenCalledWith('p1');
    expect(
      screen.getByRole('link', { name: 'All programmes' }),
    ).toHaveAttribute('href', '/csip?tab=portfolio');
  });

  it('opens the new programme’s page after creating it', async () => {
    const created = aProgramme({ id: 'p7', title: 'Release CSIP' });
    const csipApi = mockCsipApi({
      listProgrammes: async () => ({ items: [] }),
      createProgramme: async () => created,
      getProgramme: async () => created,
      getPhaseStatus: async () => aBlockedPhaseStatus(),
    });
    await renderAt('/csip?tab=portfolio', csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(
      await screen.findByRole('button', { name: 'Create programme' }),
    );
    await user.type(screen.getByLabelText('Title'), 'Release CSIP');
    await user.click(screen.getByRole('radio', { name: 'Operational' }));
    await user.type(screen.getByRole('combobox', { name: 'Owner' }), 'IT');
    await user.click(
      await screen.findByRole('option', { name: /IT Operations/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(
      await screen.findByRole('heading', { name: 'Release CSIP' }),
    ).toBeInTheDocument();
    expect(csipApi.getProgramme).toHaveBeenCalledWith('p7');
  });

  it('shows a programme’s printable report at /csip/programmes/:programmeId/report', async () => {
    const csipApi = mockCsipApi(reportApiStubs());
    await renderAt('/csip/programmes/p1/report', csipApi);

    expect(
      await screen.findByRole('heading', { name: 'Change management CSIP' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'Action register' }),
    ).toBeInTheDocument();
    expect(csipApi.getProgramme).toHaveBeenCalledWith('p1');
    expect(
      screen.getByRole('link', { name: 'Back to the programme' }),
    ).toHaveAttribute('href', '/csip/programmes/p1');
  });

  it('opens the printable report from the programme’s page', async () => {
    const csipApi = mockCsipApi({
      ...reportApiStubs(),
      getPhaseStatus: async () => aBlockedPhaseStatus(),
    });
    await renderAt('/csip/programmes/p1', csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(
      await screen.findByRole('link', { name: 'Printable report' }),
    );

    expect(
      await screen.findByText(/^Report generated on .+ by CSIP Coach$/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'Phase history' }),
    ).toBeInTheDocument();
  });
});
