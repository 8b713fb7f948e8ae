import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import type { Action } from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { anAction } from '../../../__testUtils__/actionFixtures';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { ActionDialog } from './ActionDialog';

async function renderDialog(csipApi: CsipApi, action?: Action) {
  const onSaved = jest.fn();
  const onClose = jest.fn();
  await renderInTestApp(
    <ActionDialog
      open
      programme={aProgramme()}
      action={action}
      onClose={onClose}
      onSaved={onSaved}
    />,
    {
      apis: [
        [csipApiRef, csipApi],
        mockApis.identity({ userEntityRef: 'user:default/alex.coach' }),
      ],
    },
  );
  return { onSaved, onClose, dialog: screen.getByRole('dialog') };
}

describe('ActionDialog', () => {
  it('offers each programme member once, by name', async () => {
    const { dialog } = await renderDialog(mockCsipApi());
    const owner = within(dialog).getByRole('combobox', { name: /Owner/ });
    expect(
      within(owner)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Choose…', 'dana.sponsor', 'alex.coach', 'priya.change']);
  });

  it('says what is missing and sends nothing', async () => {
    const csipApi = mockCsipApi();
    const { dialog } = await renderDialog(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.type(
      within(dialog).getByRole('textbox', { name: /^Action/ }),
      'Hold a retrospective',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() => {
      expect(
        within(dialog).getByText('Choose who owns this action.'),
      ).toBeInTheDocument();
    });
    expect(within(dialog).getByText('Required.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Choose the date it is due by.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        '3 fields need attention; see the messages next to them.',
      ),
    ).toBeInTheDocument();
    expect(csipApi.createAction).not.toHaveBeenCalled();
  });

  it('adds an action with the fields entered', async () => {
    const created = anAction({ id: 'a9' });
    const csipApi = mockCsipApi({ createAction: async () => created });
    const { dialog, onSaved } = await renderDialog(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.type(
      within(dialog).getByRole('textbox', { name: /^Action/ }),
      '  Hold a retrospective ',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /Owner/ }),
      'dana.sponsor',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Measure of done/ }),
      'Notes shared',
    );
    await user.type(within(dialog).getByLabelText(/Due date/), '2027-01-15');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() =>
      expect(csipApi.createAction).toHaveBeenCalledWith('p1', {
        description: 'Hold a retrospective',
        owner: 'user:default/dana.sponsor',
        measure: 'Notes shared',
        dueDate: '2027-01-15',
      }),
    );
    expect(onSaved).toHaveBeenCalledWith(created);
  });

  it('edits only the changed fields, with the version read', async () => {
    const action = anAction({ version: 4, dueDate: '2027-01-15' });
    const csipApi = mockCsipApi({
      updateAction: async (_id, update) =>
        anAction({ ...action, ...update, version: 5 }),
    });
    const { dialog, onSaved } = await renderDialog(csipApi, action);
    const user = userEvent.setup({ delay: null });

    expect(
      within(dialog).getByRole('textbox', { name: /^Action/ }),
    ).toHaveValue('Write the CAB terms of reference');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /Owner/ }),
      'alex.coach',
    );
    const due = within(dialog).getByLabelText(/Due date/);
    await user.clear(due);
    await user.type(due, '2027-02-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(csipApi.updateAction).toHaveBeenCalledWith('a1', {
        version: 4,
        owner: 'user:default/alex.coach',
        dueDate: '2027-02-01',
      }),
    );
    expect(onSaved).toHaveBeenCalledWith(
      expect.objectContaining({ version: 5, owner: 'user:default/alex.coach' }),
    );
  });

  it('sends nothing when an edit changes nothing', async () => {
    const csipApi = mockCsipApi();
    const { dialog, onClose } = await renderDialog(csipApi, anAction());
    const user = userEvent.setup({ delay: null });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(csipApi.updateAction).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the server’s refusal', async () => {
    const csipApi = mockCsipApi({
      updateAction: async () => {
        throw aResponseError(
          409,
          'ConflictError',
          'The action changed since version 1; reload it',
        );
      },
    });
    const { dialog, onSaved } = await renderDialog(csipApi, anAction());
    const user = userEvent.setup({ delay: null });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Measure of done/ }),
      ' and published',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The action was not saved: The action changed since version 1; reload it',
    );
    expect(onSaved).not.toHaveBeenCalled();
  });
});
