import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  BUILT_IN_PROCESSES,
  type HandoverItem,
} from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { aResponseError } from '../../../__testUtils__/fixtures';
import {
  aHandoverItem,
  aHandoverProgramme,
} from '../../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
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
    {
      apis: [[csipApiRef, csipApi]],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
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
      await waitFor(() => {
        expect(
          within(dialog).getByText(
            'Evidence is needed to mark the item “Demonstrated by the team”: say what shows the team can do it.',
          ),
        ).toBeInTheDocument();
      });
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
          `This item is verified. ${COACHES_VERIFY}, so you cannot reopen it; you can still change the owner.`,
        ),
      ).toBeInTheDocument();
    });

    it('shows the team’s demonstration and the coach’s verification, and keeps verified evidence read only', async () => {
      const csipApi = api();
      const { dialog, user } = await renderDialog(csipApi, {
        item: aHandoverItem({
          status: 'verified',
          evidence: 'Minutes of the CAB of 18 November',
          demonstratedBy: 'user:default/priya.change',
          demonstratedAt: '2026-11-18T10:00:00.000Z',
          verifiedBy: 'user:default/alex.coach',
          verifiedAt: '2026-11-20T15:00:00.000Z',
        }),
      });
      expect(
        within(dialog).getByText('Demonstrated by the team', {
          selector: 'dt',
        }).nextSibling,
      ).toHaveTextContent(/priya\.change.* on .*18.*2026/);
      expect(
        within(dialog).getByText('Verified by the coach', { selector: 'dt' })
          .nextSibling,
      ).toHaveTextContent(/alex\.coach.* on .*20.*2026/);
      const evidence = within(dialog).getByRole('textbox', {
        name: 'Evidence',
      });
      expect(evidence).toHaveAttribute('readonly');
      expect(evidence).toHaveValue('Minutes of the CAB of 18 November');
      expect(evidence).toHaveAccessibleDescription(
        'Read only: this is the evidence the coach verified; a coach reopens the item to change it.',
      );

      await user.selectOptions(
        within(dialog).getByRole('combobox', { name: 'Owner' }),
        'omar.member',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      await waitFor(() =>
        expect(csipApi.updateHandoverItem).toHaveBeenCalledWith('h1', {
          status: 'verified',
          owner: 'user:default/omar.member',
          version: 2,
        }),
      );
      expect(csipApi.updateHandoverItem.mock.calls[0][1]).not.toHaveProperty(
        'evidence',
        expect.anything(),
      );
    });

    it('lets a coach reopen a verified item and then change its evidence', async () => {
      const csipApi = api();
      const { dialog, user } = await renderDialog(csipApi, {
        item: aHandoverItem({ status: 'verified', evidence: 'Minutes' }),
        verifyAccess: A_COACH,
      });
      const evidence = within(dialog).getByRole('textbox', {
        name: 'Evidence',
      });
      expect(evidence).toHaveAttribute('readonly');
      await user.click(
        within(dialog).getByRole('radio', { name: 'Demonstrated by the team' }),
      );
      expect(evidence).not.toHaveAttribute('readonly');
      await user.type(evidence, ' and the runbook');
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      await waitFor(() =>
        expect(csipApi.updateHandoverItem).toHaveBeenCalledWith('h1', {
          status: 'demonstrated',
          evidence: 'Minutes and the runbook',
          version: 2,
        }),
      );
    });

    it('does not let anyone change a retired item', async () => {
      const csipApi = api();
      const { dialog } = await renderDialog(csipApi, {
        item: aHandoverItem({
          status: 'in-progress',
          retiredAt: '2026-11-30T10:00:00.000Z',
        }),
        verifyAccess: A_COACH,
      });
      expect(
        within(dialog).getByText(/^Retired: its process left the scope\./),
      ).toBeInTheDocument();
      for (const radio of within(dialog).getAllByRole('radio')) {
        expect(radio).toBeDisabled();
      }
      const save = within(dialog).getByRole('button', { name: 'Save' });
      expect(save).toBeDisabled();
      expect(save).toHaveAccessibleDescription(
        /Retired: its process left the scope/,
      );
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

      await waitFor(() => {
        expect(
          within(dialog).getByText(
            '3 fields need attention; see the messages next to them.',
          ),
        ).toBeInTheDocument();
      });
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
