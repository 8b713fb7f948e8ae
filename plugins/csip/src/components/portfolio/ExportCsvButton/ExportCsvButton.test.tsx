import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { usePortfolioQuery } from '../usePortfolioQuery';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { recordDownloads } from '../../../__testUtils__/recordDownloads';
import { PortfolioFilters } from '../PortfolioFilters';
import { ExportCsvButton, portfolioCsvFileName } from './ExportCsvButton';

const { createObjectURL, downloads } = recordDownloads('blob:csip/portfolio-1');

/** The button under the page's filters, as the CSIP page wires it. */
const PortfolioExport = () => {
  const { query } = usePortfolioQuery();
  return <ExportCsvButton query={query} />;
};

function renderExport(csipApi: CsipApi, query = '') {
  return renderInTestApp(
    <>
      <PortfolioFilters />
      <PortfolioExport />
    </>,
    {
      apis: [
        [csipApiRef, csipApi],
        catalogApiMock({ entities: catalogEntities }),
      ],
      initialRouteEntries: [`/csip${query}`],
    },
  );
}

describe('ExportCsvButton', () => {
  it('names the file after today', () => {
    expect(portfolioCsvFileName(new Date(2027, 0, 5, 23, 30))).toBe(
      'csip-portfolio-2027-01-05.csv',
    );
  });

  it('downloads the portfolio under the current filters and sort as CSV', async () => {
    const csv = new Blob(['Title,Phase\nChange management CSIP,Implement\n'], {
      type: 'text/csv',
    });
    const csipApi = mockCsipApi({ downloadPortfolioCsv: async () => csv });
    await renderExport(csipApi, '?sort=score&order=desc&cursor=c25');
    const user = userEvent.setup();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Phase' }),
      'Implement',
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Only with overdue actions' }),
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(csipApi.downloadPortfolioCsv).toHaveBeenCalledWith({
      phase: 'implement',
      overdue: true,
      sort: 'score',
      order: 'desc',
    });
    expect(downloads).toEqual([
      {
        href: 'blob:csip/portfolio-1',
        download: portfolioCsvFileName(),
        attached: true,
      },
    ]);
    expect(downloads[0].download).toMatch(
      /^csip-portfolio-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(createObjectURL).toHaveBeenCalledWith(csv);
    // The temporary link is gone once clicked.
    expect(document.querySelector('a[download]')).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  it('shows why the export failed and downloads nothing', async () => {
    const csipApi = mockCsipApi({
      downloadPortfolioCsv: async () => {
        throw aResponseError(403, 'NotAllowedError', 'You may not read this');
      },
    });
    await renderExport(csipApi);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The portfolio was not exported: You may not read this',
    );
    expect(csipApi.downloadPortfolioCsv).toHaveBeenCalledWith({});
    expect(downloads).toEqual([]);
    expect(createObjectURL).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });
});
