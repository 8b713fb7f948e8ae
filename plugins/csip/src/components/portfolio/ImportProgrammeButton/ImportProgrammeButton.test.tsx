import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { anArchive } from '../../../__testUtils__/reportFixtures';
import { ImportProgrammeButton } from './ImportProgrammeButton';

function renderButton(csipApi: CsipApi, onImported = jest.fn()) {
  return renderInTestApp(<ImportProgrammeButton onImported={onImported} />, {
    apis: [[csipApiRef, csipApi]],
  });
}

const jsonFile = (text: string, name = 'csip-change-management-csip.json') =>
  new File([text], name, { type: 'application/json' });

async function chooseAndImport(file?: File) {
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('button', { name: 'Import' }));
  const dialog = screen.getByRole('dialog', { name: 'Import a programme' });
  const input = within(dialog).getByLabelText(/Export file/);
  expect(input).toHaveAttribute('type', 'file');
  expect(input).toHaveAttribute('accept', 'application/json,.json');
  if (file) await user.upload(input, file);
  await user.click(
    within(dialog).getByRole('button', { name: 'Import programme' }),
  );
  return dialog;
}

describe('ImportProgrammeButton', () => {
  it('imports the chosen export and hands over the new programme', async () => {
    const imported = aProgramme({ id: 'p9' });
    const csipApi = mockCsipApi({ importProgramme: async () => imported });
    const onImported = jest.fn();
    await renderButton(csipApi, onImported);
    const archive = anArchive();

    await chooseAndImport(jsonFile(JSON.stringify(archive)));

    await waitFor(() => expect(onImported).toHaveBeenCalledWith(imported));
    expect(csipApi.importProgramme).toHaveBeenCalledWith(archive);
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('refuses a file that is not JSON without sending anything', async () => {
    const csipApi = mockCsipApi();
    const onImported = jest.fn();
    await renderButton(csipApi, onImported);

    const dialog = await chooseAndImport(
      jsonFile('{ "format": ', 'broken.json'),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '“broken.json” is not valid JSON, so nothing was imported.',
    );
    expect(within(dialog).getByLabelText(/Export file/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(csipApi.importProgramme).not.toHaveBeenCalled();
    expect(onImported).not.toHaveBeenCalled();
  });

  it('asks for a file when none is chosen', async () => {
    const csipApi = mockCsipApi();
    await renderButton(csipApi);

    const dialog = await chooseAndImport();

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Choose an export file first.',
    );
    expect(csipApi.importProgramme).not.toHaveBeenCalled();
  });

  it('shows the server’s reasons, which name the fields, and stays open', async () => {
    const csipApi = mockCsipApi({
      importProgramme: async () => {
        throw aResponseError(
          400,
          'InputError',
          'Invalid programme export: programme.title: Required; reviews.0.key: must be a review key such as review-1',
        );
      },
    });
    const onImported = jest.fn();
    await renderButton(csipApi, onImported);

    const dialog = await chooseAndImport(
      jsonFile(JSON.stringify({ format: 'csip-coach.programme' })),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The programme was not imported: Invalid programme export: programme.title: Required; reviews.0.key: must be a review key such as review-1',
    );
    expect(csipApi.importProgramme).toHaveBeenCalledWith({
      format: 'csip-coach.programme',
    });
    expect(onImported).not.toHaveBeenCalled();
    expect(
      within(dialog).getByRole('button', { name: 'Import programme' }),
    ).toBeEnabled();
  });

  it('says so when the user may not create programmes', async () => {
    const csipApi = mockCsipApi({
      importProgramme: async () => {
        throw aResponseError(
          403,
          'NotAllowedError',
          'You may not create programmes',
        );
      },
    });
    await renderButton(csipApi);

    const dialog = await chooseAndImport(jsonFile(JSON.stringify(anArchive())));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The programme was not imported: You may not create programmes',
    );
  });

  it('closes without importing on Cancel', async () => {
    const csipApi = mockCsipApi();
    await renderButton(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(csipApi.importProgramme).not.toHaveBeenCalled();
  });
});
