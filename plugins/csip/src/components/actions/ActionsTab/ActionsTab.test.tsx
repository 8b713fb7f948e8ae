import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { ResponseError } from '@backstage/errors';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import {
  anAction,
  aPublishedReview,
  daysFromToday,
  someActions,
} from '../../../__testUtils__/actionFixtures';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  freshProgrammeId,
  policyDenying,
} from '../../../__testUtils__/permissionFixtures';
import { ActionsTab } from './ActionsTab';

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    listActions: async () => ({ items: someActions() }),
    listReviews: async () => ({ items: [aPublishedReview()] }),
    ...overrides,
  });

function renderTab(
  csipApi: CsipApi,
  {
    userEntityRef = 'user:default/alex.coach',
    programmeId = 'p1',
    permissionApi = mockApis.permission(),
  }: {
    userEntityRef?: string;
    programmeId?: string;
    permissionApi?: ReturnType<typeof mockApis.permission>;
  } = {},
) {
  return renderInTestApp(
    <ActionsTab programme={aProgramme({ id: programmeId })} />,
    {
      apis: [
        [csipApiRef, csipApi],
        mockApis.identity({ userEntityRef }),
        permissionApi,
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
}

const rowOf = (description: string) =>
  screen.getByRole('rowheader', { name: description }).closest('tr')!;

/** The Status cell of a row (after Owner, Measure of done and Due). */
const statusOf = (row: HTMLElement) => within(row).getAllByRole('cell')[3];

const dialogClosed = () =>
  waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

describe('ActionsTab', () => {
  it('lists the actions with owner, due date in words and an overdue mark', async () => {
    await renderTab(api());

    expect(
      await screen.findByRole('heading', { name: 'Actions' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/SMART actions agreed in reviews or added here/),
    ).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Actions' });

    const calendar = rowOf('Publish the change calendar');
    expect(within(calendar).getByText(/dana\.sponsor/)).toBeInTheDocument();
    expect(
      within(calendar).getByText('Calendar on the intranet'),
    ).toBeInTheDocument();
    expect(within(calendar).getByText('3 days overdue')).toBeInTheDocument();
    expect(statusOf(calendar)).toHaveTextContent('OpenOverdue');
    expect(within(calendar).getByText('Added by hand')).toBeInTheDocument();

    const terms = rowOf('Write the CAB terms of reference');
    expect(within(terms).getByText('due in 5 days')).toBeInTheDocument();
    expect(within(terms).queryByText('Overdue')).toBeNull();

    const done = rowOf('Define a standard change');
    expect(statusOf(done)).toHaveTextContent(/^Done$/);
    expect(within(done).queryByText(/overdue/i)).toBeNull();
  });

  it('summarises the register in words', async () => {
    await renderTab(api());
    expect(
      await screen.findByText('3 open, 2 overdue, 1 done, 1 dropped'),
    ).toBeInTheDocument();
  });

  it('filters to the overdue actions and back', async () => {
    await renderTab(api());
    await screen.findByRole('table', { name: 'Actions' });
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByRole('button', { name: 'Overdue' }));
    expect(screen.getByRole('button', { name: 'Overdue' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const rows = screen.getAllByRole('rowheader').map(r => r.textContent);
    expect(rows).toEqual([
      'Publish the change calendar',
      'Run a post-implementation review',
    ]);

    await user.click(screen.getByRole('button', { name: 'Done or dropped' }));
    expect(screen.getAllByRole('rowheader').map(r => r.textContent)).toEqual([
      'Buy a new tool',
      'Define a standard change',
    ]);

    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(screen.getAllByRole('rowheader')).toHaveLength(5);
  });

  it('names the review an action came from and links to it', async () => {
    await renderTab(api());
    const terms = await screen.findByRole('rowheader', {
      name: 'Write the CAB terms of reference',
    });
    const link = await within(terms.closest('tr')!).findByRole('link', {
      name: /^Review of Change management, .*2026/,
    });
    expect(link.getAttribute('href')).toMatch(/\?tab=reviews&review=r1$/);
  });

  it('changes an action’s status with the version read and shows the result', async () => {
    const csipApi = api({
      updateAction: async (id, update) =>
        anAction({
          ...someActions().find(a => a.id === id),
          status: update.status,
          overdue: false,
          version: update.version + 1,
        }),
    });
    await renderTab(csipApi);
    await screen.findByRole('table', { name: 'Actions' });
    const user = userEvent.setup({ delay: null });

    const calendar = rowOf('Publish the change calendar');
    await user.selectOptions(
      within(calendar).getByRole('combobox', { name: 'Change status' }),
      'done',
    );

    await waitFor(() =>
      expect(csipApi.updateAction).toHaveBeenCalledWith('a2', {
        version: 3,
        status: 'done',
      }),
    );
    expect(
      await screen.findByText('“Publish the change calendar” is now done.'),
    ).toBeInTheDocument();
    const updated = rowOf('Publish the change calendar');
    expect(statusOf(updated)).toHaveTextContent(/^Done$/);
    expect(
      screen.getByText('2 open, 1 overdue, 2 done, 1 dropped'),
    ).toBeInTheDocument();
  });

  it('shows a stale update and reloads the list', async () => {
    const csipApi = api({
      updateAction: async () => {
        throw aResponseError(
          409,
          'ConflictError',
          'The action changed since version 3',
        );
      },
    });
    await renderTab(csipApi);
    await screen.findByRole('table', { name: 'Actions' });
    const user = userEvent.setup({ delay: null });

    await user.selectOptions(
      within(rowOf('Publish the change calendar')).getByRole('combobox', {
        name: 'Change status',
      }),
      'in-progress',
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /The status was not changed: The action changed since version 3\./,
    );
    expect(alert).toHaveTextContent(/list has been reloaded/);
    await waitFor(() => expect(csipApi.listActions).toHaveBeenCalledTimes(2));
    expect(
      within(rowOf('Publish the change calendar')).getByRole('combobox', {
        name: 'Change status',
      }),
    ).toHaveValue('open');
  });

  it('adds an action from the tab', async () => {
    const created = anAction({
      id: 'a9',
      description: 'Hold a retrospective',
      source: { type: 'manual' },
      dueDate: daysFromToday(14),
    });
    const csipApi = api({ createAction: async () => created });
    await renderTab(csipApi);
    await screen.findByRole('table', { name: 'Actions' });
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByRole('button', { name: 'Add action' }));
    const dialog = screen.getByRole('dialog', { name: 'Add action' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Action/ }),
      'Hold a retrospective',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: /Owner/ }),
      'user:default/priya.change',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Measure of done/ }),
      'Notes shared',
    );
    await user.type(
      within(dialog).getByLabelText(/Due date/),
      daysFromToday(14),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() =>
      expect(csipApi.createAction).toHaveBeenCalledWith('p1', {
        description: 'Hold a retrospective',
        owner: 'user:default/priya.change',
        measure: 'Notes shared',
        dueDate: daysFromToday(14),
      }),
    );
    expect(
      await screen.findByText('Added “Hold a retrospective”.'),
    ).toBeInTheDocument();
    await dialogClosed();
    expect(
      screen.getByRole('rowheader', { name: 'Hold a retrospective' }),
    ).toBeInTheDocument();
  });

  it('says in words why an update failed, never the raw JSON body', async () => {
    // A server failure whose message is a JSON text, as a schema library's
    // error gives it, and a proxy's JSON answer that is no Backstage error.
    const schemaFailure = new Response(
      JSON.stringify({
        error: {
          name: 'ZodError',
          message: JSON.stringify(
            [{ code: 'invalid_type', path: ['status'], message: 'Required' }],
            null,
            2,
          ),
        },
        request: { method: 'PATCH', url: '/actions/a1' },
        response: { statusCode: 500 },
      }),
      { status: 500, headers: { 'Content-Type': 'application/json' } },
    );
    const proxyFailure = new Response(
      JSON.stringify({ status: 502, detail: { upstream: 'csip' } }),
      { status: 502, headers: { 'Content-Type': 'application/json' } },
    );
    const updateAction = jest
      .fn()
      .mockRejectedValueOnce(await ResponseError.fromResponse(schemaFailure))
      .mockRejectedValueOnce(await ResponseError.fromResponse(proxyFailure));
    await renderTab(api({ updateAction }));
    await screen.findByRole('table', { name: 'Actions' });
    const user = userEvent.setup({ delay: null });
    const changeStatus = () =>
      user.selectOptions(
        within(rowOf('Publish the change calendar')).getByRole('combobox', {
          name: 'Change status',
        }),
        'in-progress',
      );

    await changeStatus();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The status was not changed: The server could not do this (HTTP 500). Try again in a moment.',
    );
    expect(alert.textContent).not.toMatch(/[{}[\]"]/);

    await changeStatus();
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The status was not changed: The server could not do this (HTTP 502). Try again in a moment.',
      ),
    );
    expect(screen.getByRole('alert').textContent).not.toMatch(/[{}[\]"]/);
  });

  it('edits an action from its row', async () => {
    const csipApi = api({
      updateAction: async (_id, update) => anAction({ ...update, version: 2 }),
    });
    await renderTab(csipApi);
    await screen.findByRole('table', { name: 'Actions' });
    const user = userEvent.setup({ delay: null });

    await user.click(
      within(rowOf('Write the CAB terms of reference')).getByRole('button', {
        name: 'Edit',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Edit action' });
    const measure = within(dialog).getByRole('textbox', {
      name: /Measure of done/,
    });
    await user.clear(measure);
    await user.type(measure, 'Terms signed off');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(csipApi.updateAction).toHaveBeenCalledWith('a1', {
        version: 1,
        measure: 'Terms signed off',
      }),
    );
    expect(
      await screen.findByText('Saved “Write the CAB terms of reference”.'),
    ).toBeInTheDocument();
    await dialogClosed();
    expect(
      within(rowOf('Write the CAB terms of reference')).getByRole('cell', {
        name: 'Terms signed off',
      }),
    ).toBeInTheDocument();
  });

  it('says what to do when there are no actions yet', async () => {
    await renderTab(api({ listActions: async () => ({ items: [] }) }));
    expect(
      await screen.findByText(
        'No actions yet. Actions agreed in a published review land here; you can also add one.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() => {
      expect(
        screen.getByRole('dialog', { name: 'Add action' }),
      ).toBeInTheDocument();
    });
  });

  it('shows why the actions could not be loaded', async () => {
    await renderTab(
      api({
        listActions: async () => {
          const message = 'Only programme members may see its actions';
          throw Object.assign(aResponseError(403, 'NotAllowedError', message), {
            cause: { name: 'NotAllowedError', message },
          });
        },
      }),
    );
    expect(
      await screen.findByText(/Could not load the actions/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Only programme members may see its actions/),
    ).toBeInTheDocument();
  });

  describe('who may change actions', () => {
    const expectReadOnly = (reason: string) => {
      const add = screen.getByRole('button', { name: 'Add action' });
      expect(add).toBeDisabled();
      expect(add).toHaveAccessibleDescription(reason);
      expect(screen.getByText(reason)).toBeVisible();
      const row = rowOf('Publish the change calendar');
      const status = within(row).getByRole('combobox', {
        name: 'Change status',
      });
      expect(status).toBeDisabled();
      expect(status).toHaveAccessibleDescription(
        `Publish the change calendar ${reason}`,
      );
      const edit = within(row).getByRole('button', { name: 'Edit' });
      expect(edit).toBeDisabled();
      expect(edit).toHaveAccessibleDescription(
        `Publish the change calendar ${reason}`,
      );
    };

    it('tells someone who is not a member why they cannot change actions', async () => {
      await renderTab(api(), { userEntityRef: 'user:default/somebody.else' });
      expect(
        await screen.findByRole('table', { name: 'Actions' }),
      ).toBeInTheDocument();
      expectReadOnly(
        'Only the programme’s members add and update its actions.',
      );
    });

    it('tells a member when the portal’s policy does not let them', async () => {
      await renderTab(api(), {
        programmeId: freshProgrammeId(),
        permissionApi: policyDenying('csip.action.manage'),
      });
      expect(
        await screen.findByRole('table', { name: 'Actions' }),
      ).toBeInTheDocument();
      expectReadOnly(
        'Your portal’s permission policy does not allow you to add or update actions.',
      );
    });

    it('says why no action can be added to an empty register', async () => {
      await renderTab(api({ listActions: async () => ({ items: [] }) }), {
        userEntityRef: 'user:default/somebody.else',
      });
      const add = await screen.findByRole('button', { name: 'Add action' });
      expect(add).toBeDisabled();
      expect(add).toHaveAccessibleDescription(
        'Only the programme’s members add and update its actions.',
      );
    });
  });
});
