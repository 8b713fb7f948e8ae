import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { CreateProgrammeDialog } from './CreateProgrammeDialog';

async function renderDialog(csipApi = mockCsipApi()) {
  const onCreated = jest.fn();
  await renderInTestApp(
    <CreateProgrammeDialog open onClose={jest.fn()} onCreated={onCreated} />,
    {
      apis: [
        [csipApiRef, csipApi],
        catalogApiMock({ entities: catalogEntities }),
      ],
    },
  );
  // Let the catalog's groups, systems and users load.
  await act(async () => {});
  return { onCreated };
}

async function pick(label: string, search: string, option: RegExp) {
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByRole('combobox', { name: label }), search);
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('CreateProgrammeDialog', () => {
  it('shows each invalid field’s message next to it and sends nothing', async () => {
    const csipApi = mockCsipApi();
    await renderDialog(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(
      screen.getByRole('button', { name: 'Add business driver' }),
    );
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => {
      expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(
        'Required',
      );
    });
    expect(screen.getByText(/fields need attention/)).toBeInTheDocument();
    expect(
      screen.getByRole('combobox', { name: 'Owner' }),
    ).toHaveAccessibleDescription(
      'Choose the group or system that owns the programme',
    );
    const driver = screen.getByRole('group', { name: 'Business driver 1' });
    expect(
      within(driver).getByLabelText('Business driver'),
    ).toHaveAccessibleDescription('Required');
    expect(csipApi.createProgramme).not.toHaveBeenCalled();
  });

  it('creates the programme with the body the form describes', async () => {
    const created = aProgramme({ id: 'p9' });
    const csipApi = mockCsipApi({ createProgramme: async () => created });
    const { onCreated } = await renderDialog(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.type(screen.getByLabelText('Title'), '  Change CSIP ');
    await user.type(screen.getByLabelText('Vision'), 'Safe changes');
    await user.click(screen.getByRole('radio', { name: 'Strategic' }));
    expect(
      screen.getByRole('radio', { name: 'Strategic' }),
    ).toHaveAccessibleDescription(
      'Part of delivering the organisation’s strategy.',
    );

    await user.click(
      screen.getByRole('button', { name: 'Add business driver' }),
    );
    const driver = screen.getByRole('group', { name: 'Business driver 1' });
    await user.type(
      within(driver).getByLabelText('Business driver'),
      'Pass the audit',
    );
    await user.click(within(driver).getByRole('radio', { name: 'Hidden' }));

    await pick('Owner', 'IT', /IT Operations/);

    await user.click(screen.getByRole('button', { name: 'Add member' }));
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    const first = screen.getByRole('group', { name: 'Member 1' });
    await user.type(
      within(first).getByRole('combobox', { name: 'Person' }),
      'Dana',
    );
    await user.click(
      await screen.findByRole('option', { name: /Dana Sponsor/ }),
    );
    await user.selectOptions(within(first).getByLabelText('Role'), 'sponsor');
    const second = screen.getByRole('group', { name: 'Member 2' });
    await user.type(
      within(second).getByRole('combobox', { name: 'Person' }),
      'Dana',
    );
    await user.click(
      await screen.findByRole('option', { name: /Dana Sponsor/ }),
    );
    await user.selectOptions(within(second).getByLabelText('Role'), 'coach');

    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    expect(csipApi.createProgramme).toHaveBeenCalledWith({
      title: 'Change CSIP',
      vision: 'Safe changes',
      driver: 'strategic',
      businessDrivers: [{ text: 'Pass the audit', visibility: 'hidden' }],
      ownerRef: 'group:default/it-operations',
      members: [
        { userRef: 'user:default/dana.sponsor', role: 'sponsor' },
        { userRef: 'user:default/dana.sponsor', role: 'coach' },
      ],
    });
  });

  it('offers only groups and systems as owners, with their kind', async () => {
    await renderDialog();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('combobox', { name: 'Owner' }));
    await waitFor(() =>
      expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
        'Change PlatformSystem · system:default/change-platform',
        'IT OperationsGroup · group:default/it-operations',
        'Service DeskGroup · group:default/service-desk',
      ]),
    );
  });

  it('shows the server’s message when it refuses the programme', async () => {
    const csipApi = mockCsipApi({
      createProgramme: async () => {
        throw aResponseError(
          400,
          'InputError',
          'Invalid programme: ownerRef: no such entity',
        );
      },
    });
    const { onCreated } = await renderDialog(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.type(screen.getByLabelText('Title'), 'Change CSIP');
    await user.click(screen.getByRole('radio', { name: 'Operational' }));
    await pick('Owner', 'Service', /Service Desk/);
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(
      await screen.findByText(
        'The programme was not created: Invalid programme: ownerRef: no such entity',
      ),
    ).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });
});
