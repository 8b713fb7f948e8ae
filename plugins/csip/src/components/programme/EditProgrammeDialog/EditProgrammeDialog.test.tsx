import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { Programme } from '@csip-coach/plugin-csip-common';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  freshProgrammeId,
  policyDenying,
} from '../../../__testUtils__/permissionFixtures';
import { EditProgrammeDialog } from './EditProgrammeDialog';

const COACH = 'user:default/alex.coach';

async function renderDialog(
  csipApi: CsipApi,
  {
    programme = aProgramme(),
    userEntityRef = COACH,
    ownershipEntityRefs = [userEntityRef],
    permissionApi = mockApis.permission(),
  }: {
    programme?: Programme;
    userEntityRef?: string;
    ownershipEntityRefs?: string[];
    permissionApi?: ReturnType<typeof mockApis.permission>;
  } = {},
) {
  const callbacks = {
    onClose: jest.fn(),
    onSaved: jest.fn(),
    onStale: jest.fn(),
  };
  await renderInTestApp(
    <EditProgrammeDialog programme={programme} {...callbacks} />,
    {
      apis: [
        [csipApiRef, csipApi],
        mockApis.identity({ userEntityRef, ownershipEntityRefs }),
        permissionApi,
        catalogApiMock({ entities: catalogEntities }),
      ],
    },
  );
  // Let the identity, the permission and the catalog answer.
  await act(() => new Promise(resolve => setTimeout(resolve, 0)));
  const dialog = screen.getByRole('dialog', { name: 'Edit programme' });
  return { ...callbacks, dialog, user: userEvent.setup({ delay: null }) };
}

const member = (dialog: HTMLElement, n: number) =>
  within(dialog).getByRole('group', { name: `Member ${n}` });

async function addMember(
  dialog: HTMLElement,
  user: ReturnType<typeof userEvent.setup>,
  name: string,
  role: string,
) {
  await user.click(within(dialog).getByRole('button', { name: 'Add member' }));
  const rows = within(dialog).getAllByRole('group', { name: /^Member \d+$/ });
  const row = rows[rows.length - 1];
  await user.type(within(row).getByRole('combobox', { name: 'Person' }), name);
  await user.click(
    await screen.findByRole('option', { name: new RegExp(name) }),
  );
  await user.selectOptions(within(row).getByLabelText('Role'), role);
}

describe('EditProgrammeDialog', () => {
  it('sends only what changed, with the version read', async () => {
    const saved = aProgramme({ title: 'Change CSIP 2027', version: 2 });
    const csipApi = mockCsipApi({ updateProgramme: async () => saved });
    const { dialog, onSaved, user } = await renderDialog(csipApi);

    const title = within(dialog).getByLabelText('Title');
    expect(title).toHaveValue('Change management CSIP');
    await user.clear(title);
    await user.type(title, 'Change CSIP 2027');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(csipApi.updateProgramme).toHaveBeenCalledWith('p1', {
      title: 'Change CSIP 2027',
      version: 1,
    });
  });

  it('says in words why you cannot give yourself a role, and keeps Save disabled', async () => {
    const csipApi = mockCsipApi();
    const { dialog, user } = await renderDialog(csipApi);

    await addMember(dialog, user, 'Alex Coach', 'lead');

    const problem =
      'You cannot give yourself the role lead; another lead or coach of the programme has to add it for you.';
    expect(within(dialog).getByText(problem)).toBeVisible();
    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription(problem);
    expect(csipApi.updateProgramme).not.toHaveBeenCalled();

    // Taking the row out again solves it.
    await user.click(
      within(member(dialog, 5)).getByRole('button', {
        name: 'Remove member 5',
      }),
    );
    expect(within(dialog).queryByText(problem)).toBeNull();
    expect(save).toBeEnabled();
  });

  it('keeps a lead or coach', async () => {
    const { dialog, user } = await renderDialog(mockCsipApi());
    await user.click(
      within(dialog).getByRole('button', { name: 'Remove member 3' }),
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Remove member 2' }),
    );
    expect(
      within(dialog).getByText(
        'The programme must keep at least one lead or coach; add another before removing the last.',
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('needs a sponsor or the owner group to change the sponsors', async () => {
    const { dialog, user } = await renderDialog(mockCsipApi());
    await user.click(
      within(dialog).getByRole('button', { name: 'Remove member 1' }),
    );
    expect(
      within(dialog).getByText(
        'Adding or removing a sponsor needs a sponsor of the programme or a member of its owner group.',
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('lets someone of the owner group change the sponsors, sending the whole member list', async () => {
    const saved = aProgramme({ version: 2 });
    const csipApi = mockCsipApi({ updateProgramme: async () => saved });
    const { dialog, onSaved, user } = await renderDialog(csipApi, {
      ownershipEntityRefs: [COACH, 'group:default/IT-Operations'],
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Remove member 1' }),
    );
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(csipApi.updateProgramme).toHaveBeenCalledWith('p1', {
      members: [
        { userRef: 'user:default/alex.coach', role: 'coach' },
        { userRef: 'user:default/priya.change', role: 'lead' },
        { userRef: 'user:default/priya.change', role: 'member' },
      ],
      version: 1,
    });
  });

  it('shows the server’s refusal as its message, never the raw body', async () => {
    const message =
      'members: adding or removing a sponsor needs a sponsor of the programme or a member of its owner group';
    const csipApi = mockCsipApi({
      updateProgramme: async () => {
        throw aResponseError(403, 'NotAllowedError', message);
      },
    });
    const { dialog, onSaved, user } = await renderDialog(csipApi);
    await user.type(within(dialog).getByLabelText('Vision'), ' Soon.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `The programme was not saved: ${message}`,
    );
    expect(within(dialog).queryByText(/\{"error"/)).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('asks to reload when the programme changed meanwhile', async () => {
    const csipApi = mockCsipApi({
      updateProgramme: async () => {
        throw aResponseError(
          409,
          'ConflictError',
          'The programme was changed by someone else (version 2, you sent 1)',
        );
      },
    });
    const { dialog, onStale, user } = await renderDialog(csipApi);
    await user.type(within(dialog).getByLabelText('Title'), ' 2');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /version 2, you sent 1\) Someone else changed the programme meanwhile/,
    );
    expect(onStale).toHaveBeenCalled();
  });

  it('says why when the portal’s policy does not allow changing the programme', async () => {
    const { dialog } = await renderDialog(mockCsipApi(), {
      programme: aProgramme({ id: freshProgrammeId() }),
      permissionApi: policyDenying('csip.programme.update'),
    });
    const reason =
      'Your portal’s permission policy does not allow you to change this programme.';
    expect(await within(dialog).findByText(reason)).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(
      within(dialog).getByText(
        'Your portal’s permission policy does not allow you to change this programme’s members.',
      ),
    ).toBeVisible();
    expect(
      within(dialog).getByRole('button', { name: 'Add member' }),
    ).toBeDisabled();
    expect(within(member(dialog, 1)).getByLabelText('Role')).toBeDisabled();
  });
});
