import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  BUILT_IN_PROCESSES,
  type HandoverItem,
} from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../api';
import { aResponseError } from '../../__testUtils__/fixtures';
import {
  aHandoverItem,
  aHandoverProgramme,
} from '../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../__testUtils__/mockCsipApi';
import type { ProgrammeActionAccess } from '../../hooks/useProgrammeAction';
import { HandoverItemDialog } from './HandoverItemDialog';

const COACHES_VERIFY = 'Only the programme’s coaches verify handover items';
const NOT_A_COACH: ProgrammeActionAccess = {
  loading: false,
  allowed: false,
  reason: COACHES_VERIFY,
};
const A_COACH: ProgrammeActionAccess = { loading: false, allowed: true };

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    updateHandoverItem: async (id, update) =>
      aHandoverItem({
        id,
        status: update.status,
        evidence: update.evidence,
        version: 3,
      }),
    addHandoverItem: async (_id, item) =>
      aHandoverItem({ id: 'h9', ...item, status: 'not-started', version: 1 }),
    ...overrides,
  });

async function renderDialog(
  csipApi: CsipApi,
  options: { item?: HandoverItem; verifyAccess?: ProgrammeActionAccess } = {},
) {
  const onSaved = jest.fn();
  const onStale = jest.fn();
  await renderInTestApp(
    <HandoverItemDialog
      open
      programme={aHandoverProgramme()}
      item={options.item}
      processes={BUILT_IN_PROCESSES}
      verifyAccess={options.verifyAccess ?? NOT_A_COACH}
      onClose={jest.fn()}
      onSaved={onSaved}
      onStale={onStale}
    />,
    { apis: [[csipApiRef, csipApi]] },
  );
  const dialog = screen.getByRole('dialog', {
    name: options.item ? 'Update handover item' : 'Add handover item',
  });
  return { dialog, onSaved, onStale, user: userEvent.setup({ delay: null }) };
}

describe('HandoverItemDialog', () => {
  describe('updating an item', () => {
    it('asks for evidence before marking an item demonstrated, then sends it with the version', async () => {
      const csipApi = api();
      const { dialog, onSaved, user } = await renderDialog(csipApi, {
        item: aHandoverItem(),
      });

      await user.click(
        within(dialog).getByRole('radio', { name: 'Demonstrated by the team' }),
      );
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(
        within(dialog).getByText(
          'Evidence is needed to mark the item “Demonstrated by the team”: say what shows the team can do it.',
        ),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText(
          'One field needs attention; see the message next to it.',
        ),
      ).toBeInTheDocument();
      expect(csipApi.updateHandoverItem).not.toHaveBeenCalled();

      await user.type(
        within(dialog).getByRole('textbox', { name: 'Evidence' }),
        'Priya said so at the CAB of 18 November',
      );
      await user.selectOptions(
        within(dialog).getByRole('combobox', { name: 'Owner' }),
        'priya.change',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));

      await waitFor(() =>
        expect(csipApi.updateHandoverItem).toHaveBeenCalledWith('h1', {
          status: 'demonstrated',
          evidence: 'Priya said so at the CAB of 18 November',
          owner: 'user:default/priya.change',
          version: 2,
        }),
      );
      await waitFor(() =>
        expect(onSaved).toHaveBeenCalledWith(
          expect.objectContaining({ id: 'h1', status: 'demonstrated' }),
        ),
      );
    });

    it('lets only coaches verify, saying why to everyone else', async () => {
      const { dialog } = await renderDialog(api(), { item: aHandoverItem() });
      const verified = within(dialog).getByRole('radio', {
        name: 'Verified by the coach',
      });
      expect(verified).toBeDisabled();
      expect(verified).toHaveAccessibleDescription(COACHES_VERIFY);
      expect(
        within(dialog).getByRole('radio', { name: 'In progress' }),
      ).toBeEnabled();
    });

    it('lets a coach verify an item', async () => {
      const csipApi = api();
      const { dialog, user } = await renderDialog(csipApi, {
        item: aHandoverItem({
          status: 'demonstrated',
          evidence: 'Named in the process document',
          owner: 'user:default/priya.change',
        }),
        verifyAccess: A_COACH,
      });
      const verified = within(dialog).getByRole('radio', {
        name: 'Verified by the coach',
      });
      expect(verified).toBeEnabled();
      expect(within(dialog).queryByText(COACHES_VERIFY)).toBeNull();

      await user.click(verified);
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      await waitFor(() =>
        expect(csipApi.updateHandoverItem).toHaveBeenCalledWith('h1', {
          status: 'verified',
          evidence: 'Named in the process document',
          owner: 'user:default/priya.change',
          version: 2,
        }),
      );
    });

    it('does not let a member reopen a verified item', async () => {
      const { dialog } = await renderDialog(api(), {
        item: aHandoverItem({ status: 'verified', evidence: 'Minutes' }),
      });
      for (const radio of within(dialog).getAllByRole('radio')) {
        expect(radio).toBeDisabled();
      }
      expect(
        within(dialog).getByText(
          `This item is verified. ${COACHES_VERIFY}, so you cannot reopen it; you can still add evidence or change the owner.`,
        ),
      ).toBeInTheDocument();
    });

    it('tells a coach when the portal’s policy does not let them verify', async () => {
      const reason =
        'Your portal’s permission policy does not allow you to verify handover items';
      const { dialog } = await renderDialog(api(), {
        item: aHandoverItem({ status: 'demonstrated', evidence: 'Minutes' }),
        verifyAccess: { loading: false, allowed: false, reason },
      });
      const verified = within(dialog).getByRole('radio', {
        name: 'Verified by the coach',
      });
      expect(verified).toBeDisabled();
      expect(verified).toHaveAccessibleDescription(reason);
    });

    it('shows why the server refused a stale update and asks to reload', async () => {
      const csipApi = api({
        updateHandoverItem: async () => {
          throw aResponseError(
            409,
            'ConflictError',
            'Handover item h1 has changed since version 2',
          );
        },
      });
      const { dialog, onSaved, onStale, user } = await renderDialog(csipApi, {
        item: aHandoverItem(),
      });
      await user.click(
        within(dialog).getByRole('radio', { name: 'In progress' }),
      );
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));

      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'The item was not updated: Handover item h1 has changed since version 2. Someone else changed this item meanwhile',
      );
      expect(onStale).toHaveBeenCalled();
      expect(onSaved).not.toHaveBeenCalled();
    });
  });

  describe('adding an item', () => {
    it('checks the fields before anything is sent', async () => {
      const csipApi = api();
      const { dialog, user } = await renderDialog(csipApi);

      const weight = within(dialog).getByRole('spinbutton', { name: 'Weight' });
      await user.clear(weight);
      await user.type(weight, '11');
      await user.click(within(dialog).getByRole('button', { name: 'Add' }));

      expect(
        within(dialog).getByText(
          '3 fields need attention; see the messages next to them.',
        ),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByRole('textbox', { name: 'Title' }),
      ).toHaveAccessibleDescription('Required.');
      expect(
        within(dialog).getByRole('combobox', { name: 'Category' }),
      ).toHaveAccessibleDescription('Choose a category.');
      expect(weight).toHaveAccessibleDescription(
        'Use a whole number from 1 to 10.',
      );
      expect(csipApi.addHandoverItem).not.toHaveBeenCalled();
    });

    it('adds the item with every field', async () => {
      const csipApi = api();
      const { dialog, onSaved, user } = await renderDialog(csipApi);

      await user.type(
        within(dialog).getByRole('textbox', { name: 'Title' }),
        'The CAB runs without the coach',
      );
      await user.type(
        within(dialog).getByRole('textbox', { name: 'Description' }),
        'Three meetings chaired by the team',
      );
      await user.selectOptions(
        within(dialog).getByRole('combobox', { name: 'Category' }),
        'Governance',
      );
      await user.selectOptions(
        within(dialog).getByRole('combobox', { name: 'Process' }),
        'Change management',
      );
      const weight = within(dialog).getByRole('spinbutton', { name: 'Weight' });
      await user.clear(weight);
      await user.type(weight, '4');
      await user.click(
        within(dialog).getByRole('checkbox', { name: 'Critical' }),
      );
      await user.selectOptions(
        within(dialog).getByRole('combobox', { name: 'Owner' }),
        'omar.member',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Add' }));

      await waitFor(() =>
        expect(csipApi.addHandoverItem).toHaveBeenCalledWith('p1', {
          title: 'The CAB runs without the coach',
          description: 'Three meetings chaired by the team',
          category: 'governance',
          process: 'change',
          weight: 4,
          critical: true,
          owner: 'user:default/omar.member',
        }),
      );
      await waitFor(() =>
        expect(onSaved).toHaveBeenCalledWith(
          expect.objectContaining({ id: 'h9' }),
        ),
      );
    });

    it('shows why the server refused it', async () => {
      const csipApi = api({
        addHandoverItem: async () => {
          throw aResponseError(
            403,
            'NotAllowedError',
            'Only the programme’s leads and coaches add handover items',
          );
        },
      });
      const { dialog, user } = await renderDialog(csipApi);
      await user.type(
        within(dialog).getByRole('textbox', { name: 'Title' }),
        'Something',
      );
      await user.selectOptions(
        within(dialog).getByRole('combobox', { name: 'Category' }),
        'Skills',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Add' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'The item was not added: Only the programme’s leads and coaches add handover items',
      );
    });
  });
});
