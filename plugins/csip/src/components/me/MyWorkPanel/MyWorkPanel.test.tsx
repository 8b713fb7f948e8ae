import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CsipApi, csipApiRef } from '../../../api';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aMyWork } from '../../../__testUtils__/myWorkFixtures';
import { aMyFollowUp } from '../../../__testUtils__/coachingFixtures';
import { rootRouteRef } from '../../../routes';
import { MyWorkPanel } from './MyWorkPanel';

function renderPanel(getMyWork: CsipApi['getMyWork']) {
  const api = mockCsipApi({ getMyWork });
  return {
    api,
    rendered: renderInTestApp(<MyWorkPanel />, {
      apis: [[csipApiRef, api], catalogApiMock()],
      mountedRoutes: {
        '/csip': rootRouteRef,
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    }),
  };
}

/** The list named by a section's heading. */
async function listOf(heading: string) {
  await screen.findByRole('heading', { name: heading });
  return screen.getByRole('list', { name: heading });
}

describe('MyWorkPanel', () => {
  it('lists the actions overdue first, each linking to its programme’s Actions tab', async () => {
    renderPanel(async () => aMyWork());
    const actions = await listOf('Your actions');
    const items = within(actions).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(
      within(items[0]).getByRole('link', {
        name: 'Write the CAB terms of reference',
      }),
    ).toHaveAttribute('href', '/csip/programmes/p1?tab=actions');
    expect(items[0]).toHaveTextContent('Change management CSIP');
    expect(items[0]).toHaveTextContent('3 days overdue');
    expect(within(items[0]).getByText('Overdue')).toBeInTheDocument();
    expect(
      within(items[1]).getByRole('link', {
        name: 'Publish the release calendar',
      }),
    ).toHaveAttribute('href', '/csip/programmes/p2?tab=actions');
    expect(items[1]).toHaveTextContent('due in 5 days');
    expect(within(items[1]).getByText('Due soon')).toBeInTheDocument();
  });

  it('lists the commitments to follow up, the due ones marked in words', async () => {
    renderPanel(async () =>
      aMyWork({
        followUps: [
          aMyFollowUp(),
          aMyFollowUp({
            id: 'f2',
            text: 'Walk the release checklist with the service desk',
            due: false,
          }),
        ],
      }),
    );
    const commitments = await listOf('Commitments to follow up');
    const [due, later] = within(commitments).getAllByRole('listitem');
    expect(
      within(due).getByRole('link', {
        name: 'Add a backout-plan check to the change form',
      }),
    ).toHaveAttribute('href', '/csip/programmes/p1?tab=coaching');
    expect(due).toHaveTextContent('Change management CSIP · Follow up on');
    expect(within(due).getByText('Due for follow-up')).toBeInTheDocument();
    expect(within(later).getByText('Not due yet')).toBeInTheDocument();
  });

  it('records how a commitment went and loads the work again', async () => {
    const { api } = renderPanel(async () =>
      aMyWork({ followUps: [aMyFollowUp()] }),
    );
    api.recordFollowUpOutcome.mockImplementation(async () => ({
      ...aMyFollowUp(),
      outcome: 'not-yet',
    }));
    const commitments = await listOf('Commitments to follow up');
    await userEvent.click(
      within(commitments).getByRole('button', { name: 'Record outcome' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Record the outcome',
    });
    await userEvent.click(
      within(dialog).getByRole('radio', { name: 'Not yet' }),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Record' }),
    );
    expect(
      await screen.findByText(
        'Recorded how “Add a backout-plan check to the change form” went.',
      ),
    ).toBeInTheDocument();
    expect(api.recordFollowUpOutcome).toHaveBeenCalledWith('f1', {
      outcome: 'not-yet',
    });
    await waitFor(() => expect(api.getMyWork).toHaveBeenCalledTimes(2));
  });

  it('offers the choice of reminders', async () => {
    renderPanel(async () => aMyWork());
    expect(
      await screen.findByRole('radio', { name: 'Each reminder as it comes' }),
    ).toBeChecked();
    expect(
      screen.getByRole('radio', { name: 'One weekly digest' }),
    ).not.toBeChecked();
  });

  it('links what awaits agreement to the programme’s Scope tab', async () => {
    renderPanel(async () => aMyWork());
    const awaiting = await listOf('Awaiting your agreement');
    const [item] = within(awaiting).getAllByRole('listitem');
    expect(
      within(item).getByRole('link', { name: 'Change management CSIP' }),
    ).toHaveAttribute('href', '/csip/programmes/p1?tab=scope');
    expect(item).toHaveTextContent('scope version 2');
  });

  it('lists the programmes with the user’s roles and the phase', async () => {
    renderPanel(async () => aMyWork());
    const programmes = await listOf('Your programmes');
    const [change, release] = within(programmes).getAllByRole('listitem');
    expect(
      within(change).getByRole('link', { name: 'Change management CSIP' }),
    ).toHaveAttribute('href', '/csip/programmes/p1');
    expect(within(change).getByText('Sponsor')).toBeInTheDocument();
    expect(within(change).getByText('Lead')).toBeInTheDocument();
    expect(within(change).getByText('Implement (2 of 5)')).toBeInTheDocument();
    expect(within(release).getByText('Member')).toBeInTheDocument();
  });

  it('says in plain words when a section is empty', async () => {
    renderPanel(async () => ({
      actions: [],
      followUps: [],
      awaitingAgreement: [],
      programmes: [],
    }));
    expect(
      await screen.findByText(/You have no open actions/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Nothing waits for your agreement/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/You are not in a programme yet/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says when loading failed and loads again on request', async () => {
    let calls = 0;
    const { api } = renderPanel(async () => {
      calls += 1;
      if (calls === 1) throw new Error('Service unavailable');
      return aMyWork();
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load your work',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await listOf('Your actions')).toBeInTheDocument();
    expect(api.getMyWork).toHaveBeenCalledTimes(2);
  });
});
