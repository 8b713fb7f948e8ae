import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { render, screen, within } from '@testing-library/react';
import { csipApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aLapsedSustainSummary } from '../../../__testUtils__/sustainFixtures';
import { formatDate } from '../../../util/formatDate';
import { PortfolioTable } from '../../portfolio/PortfolioTable';
import { SustainIndicator } from './SustainIndicator';

const quiet = {
  active: true,
  nextDueOn: '2027-06-01',
  lapsed: false,
  levelDrops: [],
};

describe('SustainIndicator', () => {
  it('marks a lapsed team review and levels that fell, in words', () => {
    render(
      <SustainIndicator
        facts={{ ...quiet, lapsed: true, levelDrops: ['change', 'release'] }}
      />,
    );
    expect(
      screen.getByText(`Team review due since ${formatDate('2027-06-01')}`),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Level fell: Change management, Release management'),
    ).toBeInTheDocument();
  });

  it('shows nothing when the cadence holds and no level fell', () => {
    const { container, rerender } = render(<SustainIndicator facts={quiet} />);
    expect(container).toBeEmptyDOMElement();
    // A lapse only counts in sustain.
    rerender(
      <SustainIndicator facts={{ ...quiet, active: false, lapsed: true }} />,
    );
    expect(container).toBeEmptyDOMElement();
    rerender(<SustainIndicator />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows in the portfolio row, beside the phase', async () => {
    await renderInTestApp(<PortfolioTable />, {
      apis: [
        [
          csipApiRef,
          mockCsipApi({
            listProgrammes: async () => ({ items: [aLapsedSustainSummary()] }),
          }),
        ],
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/csip': rootRouteRef,
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
      initialRouteEntries: ['/csip'],
    });
    const row = (
      await screen.findByRole('rowheader', { name: /Change management CSIP/ })
    ).closest('tr')!;
    const phase = within(row).getAllByRole('cell')[1];
    expect(phase).toHaveTextContent(
      `Team review due since ${formatDate(
        '2027-02-01',
      )}Level fell: Change management`,
    );
  });
});
