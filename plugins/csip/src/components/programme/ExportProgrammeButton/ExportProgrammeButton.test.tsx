import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { recordDownloads } from '../../../__testUtils__/recordDownloads';
import { anArchive } from '../../../__testUtils__/reportFixtures';
import { ExportProgrammeButton } from './ExportProgrammeButton';

const { createObjectURL, downloads } = recordDownloads('blob:csip/export-1');

function renderButton(csipApi: CsipApi) {
  return renderInTestApp(<ExportProgrammeButton programme={aProgramme()} />, {
    apis: [[csipApiRef, csipApi]],
  });
}

describe('ExportProgrammeButton', () => {
  it('downloads the export as csip-<title>-<date>.json', async () => {
    const archive = anArchive();
    const csipApi = mockCsipApi({ exportProgramme: async () => archive });
    await renderButton(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByRole('button', { name: 'Export' }));

    expect(
      await screen.findByText(
        'Exported as csip-change-management-csip-2026-11-24.json.',
      ),
    ).toBeInTheDocument();
    expect(csipApi.exportProgramme).toHaveBeenCalledWith('p1');
    expect(downloads).toEqual([
      {
        href: 'blob:csip/export-1',
        download: 'csip-change-management-csip-2026-11-24.json',
        attached: true,
      },
    ]);
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('application/json');
    expect(JSON.parse(await blob.text())).toEqual(archive);
    // The temporary link is gone once clicked.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('shows why the export failed and downloads nothing', async () => {
    const csipApi = mockCsipApi({
      exportProgramme: async () => {
        throw aResponseError(404, 'NotFoundError', 'No programme with id p1');
      },
    });
    await renderButton(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByRole('button', { name: 'Export' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The programme was not exported: No programme with id p1',
    );
    expect(downloads).toEqual([]);
    expect(createObjectURL).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(screen.queryByRole('alert')).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: 'Export' })).toBeEnabled();
  });
});
