import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { PhaseStatus } from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../api';
import {
  aBlockedPhaseStatus,
  aProgramme,
  aResponseError,
} from '../../__testUtils__/fixtures';
import { mockCsipApi } from '../../__testUtils__/mockCsipApi';
import {
  freshProgrammeId,
  policyDenying,
} from '../../__testUtils__/permissionFixtures';
import { PhaseStepper } from './PhaseStepper';

const inReview: PhaseStatus = {
  phase: 'review',
  facts: { approachDecided: true, scopeAgreed: true, handoverReady: false },
  next: { to: 'handover', allowed: true, unmet: [] },
  transitions: [
    {
      id: 't1',
      programmeId: 'p1',
      from: 'establish',
      to: 'implement',
      movedBy: 'user:default/priya.change',
      movedAt: '2026-11-22T10:00:00.000Z',
    },
    {
      id: 't2',
      programmeId: 'p1',
      from: 'implement',
      to: 'review',
      movedBy: 'user:default/alex.coach',
      movedAt: '2026-11-23T10:00:00.000Z',
      reason: 'Change and release are running',
    },
  ],
};

function renderStepper(csipApi: CsipApi, onMoved = jest.fn()) {
  return renderInTestApp(<PhaseStepper programmeId="p1" onMoved={onMoved} />, {
    apis: [[csipApiRef, csipApi]],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}

describe('PhaseStepper', () => {
  it('shows every unmet gate and disables the move', async () => {
    await renderStepper(
      mockCsipApi({ getPhaseStatus: async () => aBlockedPhaseStatus() }),
    );

    const steps = await screen.findByRole('list', { name: 'Programme phases' });
    const current = within(steps)
      .getAllByRole('listitem')
      .find(step => step.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent('EstablishCurrent phase');

    const unmet = screen.getByRole('list', {
      name: 'Before moving to Implement:',
    });
    expect(within(unmet).getAllByRole('listitem')).toHaveLength(2);
    expect(unmet).toHaveTextContent(
      'Not met: Decide how to implement ITSM (the approach) before leaving establish.',
    );
    expect(unmet).toHaveTextContent(/obtain agreement before proceeding/);

    const move = screen.getByRole('button', { name: 'Move to Implement' });
    expect(move).toBeDisabled();
    expect(move).toHaveAccessibleDescription(/Decide how to implement ITSM/);
    expect(
      screen.queryByRole('button', { name: 'Move back' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText(/No phase changes yet/)).toBeInTheDocument();
  });

  it('moves forward when every gate is met, and lists past moves', async () => {
    const onMoved = jest.fn();
    const csipApi = mockCsipApi({
      getPhaseStatus: async () => inReview,
      movePhase: async () => aProgramme({ phase: 'handover' }),
    });
    await renderStepper(csipApi, onMoved);

    const history = await screen.findByRole('list', { name: 'Phase history' });
    const [newest, oldest] = within(history).getAllByRole('listitem');
    expect(newest).toHaveTextContent('Moved forward: Implement → Review');
    expect(newest).toHaveTextContent('Reason: Change and release are running');
    expect(within(newest).getByRole('link')).toHaveTextContent(/alex\.coach/);
    expect(oldest).toHaveTextContent('Moved forward: Establish → Implement');
    expect(
      screen.getByText('Every gate for moving to Handover is met.'),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Move to Handover' }),
    );
    await waitFor(() => expect(onMoved).toHaveBeenCalled());
    expect(csipApi.movePhase).toHaveBeenCalledWith('p1', {
      to: 'handover',
      reason: undefined,
    });
    expect(csipApi.getPhaseStatus).toHaveBeenCalledTimes(2);
  });

  it('shows the server’s message when a gate blocks the move', async () => {
    await renderStepper(
      mockCsipApi({
        getPhaseStatus: async () => inReview,
        movePhase: async () => {
          throw aResponseError(
            409,
            'ConflictError',
            'Cannot move to handover: the scope changed',
          );
        },
      }),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Move to Handover' }),
    );
    expect(
      await screen.findByText(
        'The programme was not moved: Cannot move to handover: the scope changed',
      ),
    ).toBeInTheDocument();
  });

  it('asks for a reason before moving back', async () => {
    const onMoved = jest.fn();
    const csipApi = mockCsipApi({
      getPhaseStatus: async () => inReview,
      movePhase: async () => aProgramme({ phase: 'implement' }),
    });
    await renderStepper(csipApi, onMoved);
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole('button', { name: 'Move back' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Move back from Review',
    });
    expect(within(dialog).getByLabelText('Move back to')).toHaveValue(
      'implement',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Move back' }));
    expect(within(dialog).getByLabelText('Reason')).toHaveAccessibleDescription(
      /needs a reason/,
    );
    expect(csipApi.movePhase).not.toHaveBeenCalled();

    await user.selectOptions(
      within(dialog).getByLabelText('Move back to'),
      'establish',
    );
    await user.type(
      within(dialog).getByLabelText('Reason'),
      'The sponsor changed the scope',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Move back' }));

    await waitFor(() => expect(onMoved).toHaveBeenCalled());
    expect(csipApi.movePhase).toHaveBeenCalledWith('p1', {
      to: 'establish',
      reason: 'The sponsor changed the scope',
    });
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('disables the moves with the reason when the portal’s policy does not allow them', async () => {
    const programmeId = freshProgrammeId();
    const permissionApi = policyDenying('csip.programme.update');
    await renderInTestApp(<PhaseStepper programmeId={programmeId} />, {
      apis: [
        [csipApiRef, mockCsipApi({ getPhaseStatus: async () => inReview })],
        permissionApi,
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });
    const reason =
      'Your portal’s permission policy does not allow you to change this programme or move it between phases.';
    const forward = await screen.findByRole('button', {
      name: 'Move to Handover',
    });
    expect(forward).toBeDisabled();
    expect(forward).toHaveAccessibleDescription(
      `Every gate for moving to Handover is met. ${reason}`,
    );
    const back = screen.getByRole('button', { name: 'Move back' });
    expect(back).toBeDisabled();
    expect(back).toHaveAccessibleDescription(reason);
    expect(screen.getByText(reason)).toBeVisible();
  });

  it('asks the policy about this programme', async () => {
    const permissionApi = mockApis.permission();
    const authorize = jest.spyOn(permissionApi, 'authorize');
    await renderInTestApp(<PhaseStepper programmeId="p1" />, {
      apis: [
        [csipApiRef, mockCsipApi({ getPhaseStatus: async () => inReview })],
        permissionApi,
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    });
    expect(
      await screen.findByRole('button', { name: 'Move to Handover' }),
    ).toBeEnabled();
    expect(authorize).toHaveBeenCalledWith({
      permission: expect.objectContaining({ name: 'csip.programme.update' }),
      resourceRef: 'p1',
    });
  });
});
