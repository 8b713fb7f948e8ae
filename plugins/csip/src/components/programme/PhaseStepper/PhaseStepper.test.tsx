import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { PhaseStatus } from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import {
  aBlockedPhaseStatus,
  aProgramme,
  aResponseError,
} from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  freshProgrammeId,
  policyDenying,
} from '../../../__testUtils__/permissionFixtures';
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

const COACH = 'user:default/alex.coach';
const SPONSOR = 'user:default/dana.sponsor';

function renderStepper(
  csipApi: CsipApi,
  onMoved = jest.fn(),
  userEntityRef = COACH,
) {
  return renderInTestApp(
    <PhaseStepper programme={aProgramme()} onMoved={onMoved} />,
    {
      apis: [[csipApiRef, csipApi], mockApis.identity({ userEntityRef })],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
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
    const confirm = screen.getByRole('dialog', {
      name: 'Move from Review to Handover?',
    });
    expect(csipApi.movePhase).not.toHaveBeenCalled();
    await userEvent.click(
      within(confirm).getByRole('button', { name: 'Move to Handover' }),
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
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Move to Handover',
      }),
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
    await waitFor(() => {
      expect(
        within(dialog).getByLabelText('Reason'),
      ).toHaveAccessibleDescription(/needs a reason/);
    });
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
    await renderInTestApp(
      <PhaseStepper programme={aProgramme({ id: programmeId })} />,
      {
        apis: [
          [csipApiRef, mockCsipApi({ getPhaseStatus: async () => inReview })],
          permissionApi,
          mockApis.identity({ userEntityRef: COACH }),
        ],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name':
            convertLegacyRouteRef(entityRouteRef),
        },
      },
    );
    const reason =
      'Your portal’s permission policy does not allow you to move this programme between phases.';
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
    // A programme of its own: usePermission keeps the answers about p1 that
    // the tests above got, and would not ask again.
    const programmeId = freshProgrammeId();
    await renderInTestApp(
      <PhaseStepper programme={aProgramme({ id: programmeId })} />,
      {
        apis: [
          [csipApiRef, mockCsipApi({ getPhaseStatus: async () => inReview })],
          permissionApi,
          mockApis.identity({ userEntityRef: COACH }),
        ],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name':
            convertLegacyRouteRef(entityRouteRef),
        },
      },
    );
    expect(
      await screen.findByRole('button', { name: 'Move to Handover' }),
    ).toBeEnabled();
    expect(authorize).toHaveBeenCalledWith({
      permission: expect.objectContaining({ name: 'csip.programme.update' }),
      resourceRef: programmeId,
    });
  });

  it('lets only leads and coaches move the programme, saying why to everyone else', async () => {
    await renderStepper(
      mockCsipApi({ getPhaseStatus: async () => inReview }),
      jest.fn(),
      SPONSOR,
    );
    const reason =
      'Only the programme’s leads and coaches move it between phases.';
    const forward = await screen.findByRole('button', {
      name: 'Move to Handover',
    });
    expect(forward).toBeDisabled();
    expect(forward).toHaveAccessibleDescription(
      `Every gate for moving to Handover is met. ${reason}`,
    );
    expect(screen.getByRole('button', { name: 'Move back' })).toBeDisabled();
    expect(screen.getByText(reason)).toBeVisible();
  });

  it('keeps the optional reason of a forward move, and moves nothing when cancelled', async () => {
    const csipApi = mockCsipApi({
      getPhaseStatus: async () => inReview,
      movePhase: async () => aProgramme({ phase: 'handover' }),
    });
    const onMoved = jest.fn();
    await renderStepper(csipApi, onMoved);
    const user = userEvent.setup({ delay: null });

    await user.click(
      await screen.findByRole('button', { name: 'Move to Handover' }),
    );
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Cancel',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(csipApi.movePhase).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Move to Handover' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Move from Review to Handover?',
    });
    await user.type(
      within(dialog).getByLabelText('Reason (optional)'),
      'Every review is team-led now',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Move to Handover' }),
    );
    await waitFor(() => expect(onMoved).toHaveBeenCalled());
    expect(csipApi.movePhase).toHaveBeenCalledWith('p1', {
      to: 'handover',
      reason: 'Every review is team-led now',
    });
  });

  it('shows a withdrawn agreement as an unmet gate like the others', async () => {
    const message =
      'Agreement withdrawn: a sponsor declined the current scope version; agree a scope again before moving forward.';
    await renderStepper(
      mockCsipApi({
        getPhaseStatus: async () => ({
          ...inReview,
          facts: { ...inReview.facts, agreementWithdrawn: true },
          next: {
            to: 'handover',
            allowed: false,
            unmet: [{ gate: 'agreement-withdrawn', message }],
          },
        }),
      }),
    );
    const unmet = await screen.findByRole('list', {
      name: 'Before moving to Handover:',
    });
    expect(within(unmet).getAllByRole('listitem')).toHaveLength(1);
    expect(unmet).toHaveTextContent(`Not met: ${message}`);
    const move = screen.getByRole('button', { name: 'Move to Handover' });
    expect(move).toBeDisabled();
    expect(move).toHaveAccessibleDescription(/Agreement withdrawn/);
    const gates = screen.getByRole('list', {
      name: 'The gates of this programme',
    });
    expect(gates).toHaveTextContent(
      'Not met: agreement withdrawn; agree a scope again',
    );
  });
});
