import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aResponseError } from '../../../__testUtils__/fixtures';
import {
  aHandoverItem,
  aHandoverProgramme,
  aHandoverView,
  aNoScopeHandoverView,
} from '../../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  freshProgrammeId,
  policyDenying,
} from '../../../__testUtils__/permissionFixtures';
import { aMaturityModel } from '../../../__testUtils__/reviewsTabFixtures';
import { HandoverTab } from './HandoverTab';

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    getHandover: async () => aHandoverView(),
    getMaturityModel: async () => aMaturityModel(),
    updateHandoverItem: async (id, update) =>
      aHandoverItem({ id, status: update.status, version: 3 }),
    ...overrides,
  });

async function renderTab(
  csipApi: CsipApi,
  userEntityRef = 'user:default/alex.coach',
  {
    programmeId = 'p1',
    permissionApi = mockApis.permission(),
  }: {
    programmeId?: string;
    permissionApi?: ReturnType<typeof mockApis.permission>;
  } = {},
) {
  const programme = aHandoverProgramme({ id: programmeId });
  await renderInTestApp(<HandoverTab programme={programme} />, {
    apis: [
      [csipApiRef, csipApi],
      mockApis.identity({ userEntityRef }),
      permissionApi,
      catalogApiMock({ entities: catalogEntities }),
    ],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
    initialRouteEntries: ['/programmes/p1?tab=handover'],
  });
  // Let the app's lazily loaded progress indicator settle inside act.
  await act(() => new Promise(resolve => setTimeout(resolve, 0)));
  return userEvent.setup({ delay: null });
}

describe('HandoverTab', () => {
  it('shows the score, summit, readiness, checklist, skills and fade-out', async () => {
    const csipApi = api();
    await renderTab(csipApi);

    expect(
      await screen.findByRole('heading', { name: 'Handover' }),
    ).toBeInTheDocument();
    expect(csipApi.getHandover).toHaveBeenCalledWith('p1');
    expect(
      screen.getByRole('progressbar', { name: 'Knowledge-transfer score' }),
    ).toBeInTheDocument();
    expect(screen.getByText('42.5 %')).toBeInTheDocument();
    expect(
      screen.getByText('Reached Base camp; next: Camp 2 at 55 %'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Not ready yet: 3 things to do' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Handover checklist' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Skills matrix' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Coach fade-out: 67 % of the latest reviews were led by the team or co-led',
      ),
    ).toBeInTheDocument();
  });

  it('takes the user from a blocker to the checklist item', async () => {
    const user = await renderTab(api());
    await user.click(
      await screen.findByRole('link', { name: 'Go to the item' }),
    );
    expect(document.getElementById('handover-item-h1')).toHaveFocus();
  });

  it('lets a member update items but not add them or keep the skills', async () => {
    await renderTab(api(), 'user:default/omar.member');
    await screen.findByRole('heading', { name: 'Handover checklist' });
    const reason =
      'Only the programme’s leads and coaches keep the skills matrix and add handover items';
    const add = screen.getByRole('button', { name: 'Add item' });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(`${reason}.`);
    expect(screen.getByText(`Read only: ${reason}.`)).toBeVisible();
    expect(screen.queryByRole('combobox')).toBeNull();
    const updates = screen.getAllByRole('button', { name: 'Update' });
    expect(updates).toHaveLength(4);
    updates.forEach(update => expect(update).toBeEnabled());
  });

  it('tells someone who is not a member why they cannot update items', async () => {
    await renderTab(api(), 'user:default/somebody.else');
    await screen.findByRole('heading', { name: 'Handover checklist' });
    const reason = 'Only the programme’s members update its handover items.';
    expect(screen.getByText(reason)).toBeVisible();
    for (const update of screen.getAllByRole('button', { name: 'Update' })) {
      expect(update).toBeDisabled();
    }
  });

  it('follows the portal’s policy for a coach', async () => {
    const user = await renderTab(api(), 'user:default/alex.coach', {
      programmeId: freshProgrammeId(),
      permissionApi: policyDenying(
        'csip.handover.verify',
        'csip.handover.manage',
      ),
    });
    await screen.findByRole('heading', { name: 'Handover checklist' });
    expect(screen.getByRole('button', { name: 'Add item' })).toBeDisabled();
    expect(
      screen.getByText(
        'Read only: Your portal’s permission policy does not allow you to keep the skills matrix or add handover items.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('combobox')).toBeNull();

    const item = screen.getByRole('listitem', {
      name: /^A named process owner has accepted ownership/,
    });
    await user.click(within(item).getByRole('button', { name: 'Update' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Update handover item',
    });
    const verified = within(dialog).getByRole('radio', {
      name: 'Verified by the coach',
    });
    expect(verified).toBeDisabled();
    expect(verified).toHaveAccessibleDescription(
      'Your portal’s permission policy does not allow you to verify handover items',
    );
  });

  it('lets a lead (whatever the case of their ref) add items and keep the skills', async () => {
    await renderTab(api(), 'user:default/Priya.Change');
    expect(
      await screen.findByRole('button', { name: 'Add item' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('combobox', {
        name: 'priya.change in Change management',
      }),
    ).toBeInTheDocument();
  });

  it('reloads the handover after an item is updated', async () => {
    const csipApi = api();
    const user = await renderTab(csipApi);
    const item = await screen.findByRole('listitem', {
      name: /^A named process owner has accepted ownership/,
    });
    await user.click(within(item).getByRole('button', { name: 'Update' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Update handover item',
    });
    await user.click(
      within(dialog).getByRole('radio', { name: 'In progress' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(csipApi.getHandover).toHaveBeenCalledTimes(2));
    expect(
      await screen.findByText(/^Updated “A named process owner/),
    ).toBeInTheDocument();
  });

  it('shows a stale update’s conflict and loads the latest', async () => {
    const csipApi = api({
      updateHandoverItem: async () => {
        throw aResponseError(
          409,
          'ConflictError',
          'Handover item h1 has changed since version 2',
        );
      },
    });
    const user = await renderTab(csipApi);
    const item = await screen.findByRole('listitem', {
      name: /^A named process owner has accepted ownership/,
    });
    await user.click(within(item).getByRole('button', { name: 'Update' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Update handover item',
    });
    await user.click(
      within(dialog).getByRole('radio', { name: 'In progress' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Handover item h1 has changed since version 2\. Someone else changed this item meanwhile/,
    );
    await waitFor(() => expect(csipApi.getHandover).toHaveBeenCalledTimes(2));
  });

  it('explains that the checklist comes with the first scope', async () => {
    await renderTab(api({ getHandover: async () => aNoScopeHandoverView() }));
    expect(
      await screen.findByText(
        /The handover checklist is created when the programme’s first scope is published/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Go to the scope' }),
    ).toHaveAttribute('href', '/programmes/p1?tab=scope');
    expect(
      screen.queryByRole('heading', { name: 'Handover checklist' }),
    ).toBeNull();
  });

  it('shows why the handover could not be loaded', async () => {
    await renderTab(
      api({
        getHandover: async () => {
          throw aResponseError(
            403,
            'NotAllowedError',
            'Only the programme’s members see its handover',
          );
        },
      }),
    );
    expect(
      await screen.findByText('Only the programme’s members see its handover'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Could not load the handover/)).toBeInTheDocument();
  });
});
