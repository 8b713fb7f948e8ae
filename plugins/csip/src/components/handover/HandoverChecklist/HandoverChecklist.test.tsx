import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  BUILT_IN_PROCESSES,
  type HandoverItem,
} from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import {
  aHandoverItem,
  aHandoverProgramme,
  someHandoverItems,
} from '../../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { HandoverChecklist } from './HandoverChecklist';

const ALLOWED: ProgrammeActionAccess = { loading: false, allowed: true };
const notAllowed = (reason: string): ProgrammeActionAccess => ({
  loading: false,
  allowed: false,
  reason,
});
const LEADS_AND_COACHES_ADD =
  'Only the programme’s leads and coaches keep the skills matrix and add handover items';

async function renderChecklist(
  options: {
    items?: HandoverItem[];
    updateAccess?: ProgrammeActionAccess;
    addAccess?: ProgrammeActionAccess;
    csipApi?: CsipApi;
  } = {},
) {
  const onChanged = jest.fn();
  await renderInTestApp(
    <HandoverChecklist
      items={options.items ?? someHandoverItems()}
      programme={aHandoverProgramme()}
      processes={BUILT_IN_PROCESSES}
      updateAccess={options.updateAccess ?? ALLOWED}
      addAccess={options.addAccess ?? ALLOWED}
      verifyAccess={notAllowed(
        'Only the programme’s coaches verify handover items',
      )}
      onChanged={onChanged}
    />,
    {
      apis: [
        [csipApiRef, options.csipApi ?? mockCsipApi()],
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
  return { onChanged, user: userEvent.setup({ delay: null }) };
}

const item = (id: string) => document.getElementById(`handover-item-${id}`)!;

describe('HandoverChecklist', () => {
  it('groups the items by category, then by process with the whole programme first', async () => {
    await renderChecklist();

    expect(
      screen.getAllByRole('heading', { level: 5 }).map(h => h.textContent),
    ).toEqual(['Ownership', 'Documentation', 'Governance']);
    expect(
      screen.getByRole('list', { name: 'Ownership Whole programme' }),
    ).toContainElement(item('h2'));
    expect(
      screen.getByRole('list', { name: 'Ownership Change management' }),
    ).toContainElement(item('h1'));
    expect(
      screen.getByRole('list', { name: 'Documentation Change management' }),
    ).toContainElement(item('h3'));
    expect(
      screen.getByRole('list', { name: 'Governance Change management' }),
    ).toContainElement(item('h4'));
    expect(
      screen.getByText(
        '1 of 4 verified by the coach, 1 demonstrated by the team, 1 in progress, 1 not started',
      ),
    ).toBeInTheDocument();
  });

  it('shows each item’s status, weight, critical mark, owner and evidence in words', async () => {
    await renderChecklist();

    const critical = item('h1');
    expect(critical).toHaveAttribute('tabindex', '-1');
    expect(within(critical).getByText('Not started')).toBeInTheDocument();
    expect(within(critical).getByText('Critical')).toBeInTheDocument();
    expect(within(critical).getByText('Weight 3')).toBeInTheDocument();
    expect(critical).toHaveTextContent('Owner: nobody yet');

    const docs = item('h3');
    expect(within(docs).getByText('In progress')).toBeInTheDocument();
    expect(within(docs).queryByText('Critical')).toBeNull();
    expect(docs).toHaveTextContent(/Owner: .*priya\.change/);

    const cab = item('h4');
    expect(
      within(cab).getByText('Demonstrated by the team'),
    ).toBeInTheDocument();
    expect(cab).toHaveTextContent(
      'Evidence: The CAB of 18 November, chaired by Priya',
    );
  });

  it('says who verified an item and when', async () => {
    await renderChecklist();
    const sponsor = item('h2');
    expect(
      within(sponsor).getByText('Verified by the coach'),
    ).toBeInTheDocument();
    expect(sponsor).toHaveTextContent(
      /Verified by .*alex\.coach.* on .*20.*2026/,
    );
    expect(item('h4')).not.toHaveTextContent(/Verified by/);
  });

  it('updates an item and reloads the handover', async () => {
    const csipApi = mockCsipApi({
      updateHandoverItem: async (id, update) =>
        aHandoverItem({
          id,
          title: 'Docs by the team',
          status: update.status,
          version: 3,
        }),
    });
    const { onChanged, user } = await renderChecklist({ csipApi });

    await user.click(
      within(item('h3')).getByRole('button', { name: 'Update' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Update handover item',
    });
    expect(dialog).toHaveTextContent(
      'Change management documentation and runbooks are maintained by the team',
    );
    await user.click(
      within(dialog).getByRole('radio', { name: 'Not started' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(csipApi.updateHandoverItem).toHaveBeenCalledWith('h3', {
        status: 'not-started',
        evidence: '',
        owner: 'user:default/priya.change',
        version: 2,
      }),
    );
    expect(
      await screen.findByText('Updated “Docs by the team”.'),
    ).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
  });

  it('offers adding an item to leads and coaches only', async () => {
    const { user } = await renderChecklist();
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await waitFor(() => {
      expect(
        screen.getByRole('dialog', { name: 'Add handover item' }),
      ).toBeInTheDocument();
    });
  });

  it('tells other members why they cannot add an item', async () => {
    await renderChecklist({ addAccess: notAllowed(LEADS_AND_COACHES_ADD) });
    const add = screen.getByRole('button', { name: 'Add item' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(`${LEADS_AND_COACHES_ADD}.`);
    expect(screen.getByText(`${LEADS_AND_COACHES_ADD}.`)).toBeVisible();
    const updates = screen.getAllByRole('button', { name: 'Update' });
    expect(updates).toHaveLength(4);
    updates.forEach(update => expect(update).toBeEnabled());
  });

  it('disables updating with the reason for people who may not update', async () => {
    const reason = 'Only the programme’s members update its handover items';
    await renderChecklist({
      updateAccess: notAllowed(reason),
      addAccess: notAllowed(LEADS_AND_COACHES_ADD),
    });
    expect(screen.getByText(`${reason}.`)).toBeVisible();
    for (const update of screen.getAllByRole('button', { name: 'Update' })) {
      expect(update).toBeDisabled();
      expect(update).toHaveAccessibleDescription(
        expect.stringContaining(`${reason}.`),
      );
    }
  });

  it('says what to do when the checklist is empty', async () => {
    await renderChecklist({ items: [] });
    expect(
      screen.getByText(/No checklist items yet\. The built-in items are added/),
    ).toHaveTextContent(/you can also add your own/);
    expect(screen.getByRole('button', { name: 'Add item' })).toBeEnabled();
  });

  it('says who adds items to an empty checklist when the user may not', async () => {
    await renderChecklist({
      items: [],
      addAccess: notAllowed(LEADS_AND_COACHES_ADD),
    });
    expect(
      screen.getByText(/No checklist items yet\. The built-in items are added/),
    ).toHaveTextContent(/a lead or coach can also add items/);
    expect(screen.getByRole('button', { name: 'Add item' })).toBeDisabled();
  });

  it('shows who on the team demonstrated an item beside who verified it', async () => {
    await renderChecklist({
      items: [
        aHandoverItem({
          status: 'verified',
          evidence: 'Minutes of the CAB of 18 November',
          demonstratedBy: 'user:default/priya.change',
          demonstratedAt: '2026-11-18T10:00:00.000Z',
          verifiedBy: 'user:default/alex.coach',
          verifiedAt: '2026-11-20T15:00:00.000Z',
        }),
      ],
    });
    const verified = item('h1');
    expect(verified).toHaveTextContent(
      /Demonstrated by .*priya\.change.* on .*18.*2026/,
    );
    expect(verified).toHaveTextContent(
      /Verified by .*alex\.coach.* on .*20.*2026/,
    );
  });

  it('greys out a retired item, says why, and neither counts nor updates it', async () => {
    await renderChecklist({
      items: [
        ...someHandoverItems(),
        aHandoverItem({
          id: 'h5',
          title: 'Problem management runs without the coach',
          process: 'problem',
          status: 'in-progress',
          retiredAt: '2026-11-30T10:00:00.000Z',
        }),
      ],
    });
    expect(
      screen.getByText(
        '1 of 4 verified by the coach, 1 demonstrated by the team, 1 in progress, 1 not started; 1 retired (its process left the scope, not counted)',
      ),
    ).toBeInTheDocument();
    const retired = item('h5');
    expect(retired).toHaveTextContent(
      'Retired: its process left the scope. Kept in the history, not counted; it comes back if the process returns.',
    );
    expect(
      within(retired).getByText('Problem management runs without the coach'),
    ).toHaveStyle({ textDecoration: 'line-through' });
    const update = within(retired).getByRole('button', { name: 'Update' });
    expect(update).toBeDisabled();
    expect(update).toHaveAccessibleDescription(
      /Retired: its process left the scope/,
    );
    expect(
      within(item('h3')).getByRole('button', { name: 'Update' }),
    ).toBeEnabled();
  });
});
