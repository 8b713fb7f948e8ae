import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import {
  aProgramme,
  aResponseError,
  aScopeVersion,
  aScopeView,
} from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  freshProgrammeId,
  policyDenying,
} from '../../../__testUtils__/permissionFixtures';
import { ScopeTab } from './ScopeTab';

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    getProgramme: async id => aProgramme({ id }),
    getScope: async () => aScopeView(),
    listScopeVersions: async () => ({
      items: [aScopeVersion(), aScopeVersion({ number: 1 })],
    }),
    recordAgreement: async (_id, versionNumber, agreement) => ({
      programmeId: 'p1',
      versionNumber,
      userRef: 'user:default/dana.sponsor',
      decision: agreement.decision,
      comment: agreement.comment,
      at: '2026-11-24T09:00:00.000Z',
    }),
    listScopeAgreements: async () => ({ items: [] }),
    ...overrides,
  });

const LEAD = 'user:default/priya.change';

function renderTab(
  csipApi: CsipApi,
  userEntityRef = 'user:default/dana.sponsor',
  {
    programmeId = 'p1',
    permissionApi = mockApis.permission(),
  }: {
    programmeId?: string;
    permissionApi?: ReturnType<typeof mockApis.permission>;
  } = {},
) {
  return renderInTestApp(<ScopeTab programmeId={programmeId} />, {
    apis: [
      [csipApiRef, csipApi],
      mockApis.identity({ userEntityRef }),
      permissionApi,
      catalogApiMock({ entities: catalogEntities }),
    ],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}

describe('ScopeTab', () => {
  it('shows the version, its status, the approvers and the diff in words', async () => {
    await renderTab(api());

    expect(
      await screen.findByRole('heading', { name: 'Scope version 2' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Awaiting agreement')).toBeInTheDocument();
    expect(
      screen.getByRole('cell', { name: 'Change management' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Fewer failed changes')).toBeInTheDocument();

    const approvers = screen.getByRole('list', { name: 'Approvers' });
    const [dana, priya] = within(approvers).getAllByRole('listitem');
    expect(dana).toHaveTextContent(/dana\.sponsor/);
    expect(dana).toHaveTextContent('Not yet decided');
    expect(priya).toHaveTextContent('Agreed');
    expect(priya).toHaveTextContent('Looks right to me');

    expect(
      screen.getByRole('heading', { name: 'What changed since version 1' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Process Change management: target level 2 → 3/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Version history' }),
    ).toHaveTextContent(/Version 1 \(superseded\)/);
  });

  it('shows what changed above the decision of an approver yet to decide', async () => {
    await renderTab(api());
    const decide = await screen.findByRole('button', { name: 'Agree…' });
    const changed = screen.getByRole('heading', {
      name: 'What changed since version 1',
    });
    expect(
      changed.compareDocumentPosition(decide) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('shows what changed after the approvers to someone who has decided', async () => {
    await renderTab(api(), LEAD);
    await screen.findByRole('heading', { name: 'Scope version 2' });
    const approvers = screen.getByRole('list', { name: 'Approvers' });
    const changed = screen.getByRole('heading', {
      name: 'What changed since version 1',
    });
    expect(
      approvers.compareDocumentPosition(changed) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('marks the processes that changed since the previous version', async () => {
    await renderTab(api());
    const name = await screen.findByRole('cell', {
      name: 'Change management',
    });
    const row = name.closest('tr')!;
    expect(
      within(row).getByRole('cell', { name: 'Changed' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: 'Since the previous version' }),
    ).toBeInTheDocument();
  });

  it('says when the first version is the first', async () => {
    await renderTab(
      api({
        getScope: async () =>
          aScopeView({
            current: aScopeVersion({ number: 1 }),
            status: 'agreed',
          }),
      }),
    );
    expect(
      await screen.findByText('Agreed by every approver'),
    ).toBeInTheDocument();
    expect(screen.getByText(/This is the first version/)).toBeInTheDocument();
    expect(
      screen.queryByRole('columnheader', {
        name: 'Since the previous version',
      }),
    ).toBeNull();
  });

  it('records the signed-in approver’s agreement with a comment', async () => {
    const csipApi = api();
    await renderTab(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole('button', { name: 'Agree…' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Agree scope version 2',
    });
    await user.type(within(dialog).getByLabelText('Comment'), 'Good plan');
    await user.click(within(dialog).getByRole('button', { name: 'Agree' }));

    await waitFor(() =>
      expect(csipApi.recordAgreement).toHaveBeenCalledWith('p1', 2, {
        decision: 'agree',
        comment: 'Good plan',
      }),
    );
    expect(
      await screen.findByText('You agreed scope version 2.'),
    ).toBeInTheDocument();
    expect(csipApi.getScope).toHaveBeenCalledTimes(2);
  });

  it('shows the decision record below the approvers and loads it again after a decision', async () => {
    const agreed = {
      programmeId: 'p1',
      versionNumber: 2,
      userRef: LEAD,
      decision: 'agree' as const,
      comment: 'Looks right to me',
      at: '2026-11-23T09:00:00.000Z',
    };
    const csipApi = api({
      listScopeAgreements: async () => ({ items: [agreed] }),
    });
    await renderTab(csipApi);
    const user = userEvent.setup({ delay: null });

    const record = await screen.findByRole('list', {
      name: 'Decision record',
    });
    expect(record).toHaveTextContent(/agreed on .+ — “Looks right to me”/);
    expect(
      screen
        .getByRole('list', { name: 'Approvers' })
        .compareDocumentPosition(record) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(csipApi.listScopeAgreements).toHaveBeenCalledWith('p1', 2);

    await user.click(screen.getByRole('button', { name: 'Agree…' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Agree',
      }),
    );
    await waitFor(() =>
      expect(csipApi.listScopeAgreements).toHaveBeenCalledTimes(2),
    );
  });

  it('asks for a comment before declining', async () => {
    const csipApi = api();
    await renderTab(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole('button', { name: 'Decline…' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Decline scope version 2',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() => {
      expect(
        within(dialog).getByText(/A decline needs a comment/),
      ).toBeInTheDocument();
    });
    expect(csipApi.recordAgreement).not.toHaveBeenCalled();

    await user.type(
      within(dialog).getByLabelText(/Comment/),
      'Budget is too low',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() =>
      expect(csipApi.recordAgreement).toHaveBeenCalledWith('p1', 2, {
        decision: 'decline',
        comment: 'Budget is too low',
      }),
    );
  });

  it('offers no decision to someone who is not an approver or already decided', async () => {
    await renderTab(api(), 'user:default/priya.change');
    await screen.findByRole('heading', { name: 'Scope version 2' });
    expect(screen.queryByRole('button', { name: /^Agree/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Decline/ })).toBeNull();
  });

  describe('changing one’s mind', () => {
    it('shows an approver who agreed what they decided and when, and offers to decline instead', async () => {
      const csipApi = api();
      await renderTab(csipApi, LEAD);
      const user = userEvent.setup({ delay: null });

      const mine = await screen.findByRole('region', {
        name: 'Your decision',
      });
      expect(mine).toHaveTextContent(/You agreed version 2 on /);
      expect(mine).toHaveTextContent('Your comment: “Looks right to me”');
      await user.click(
        within(mine).getByRole('button', { name: 'Change my decision…' }),
      );
      const dialog = screen.getByRole('dialog', {
        name: 'Decline scope version 2 instead',
      });
      expect(dialog).toHaveTextContent(
        /a new record is added and counts from now on\. Your earlier agreement of .+ stays in the record/,
      );
      await user.type(
        within(dialog).getByLabelText(/Comment/),
        'The budget was cut',
      );
      await user.click(within(dialog).getByRole('button', { name: 'Decline' }));

      await waitFor(() =>
        expect(csipApi.recordAgreement).toHaveBeenCalledWith('p1', 2, {
          decision: 'decline',
          comment: 'The budget was cut',
        }),
      );
      expect(
        await screen.findByText(
          'You changed your decision: you declined scope version 2.',
        ),
      ).toBeInTheDocument();
    });

    it('offers an approver who declined to agree instead', async () => {
      const csipApi = api({
        getScope: async () =>
          aScopeView({
            status: 'declined',
            approvers: [
              {
                userRef: 'user:default/dana.sponsor',
                decision: 'decline',
                comment: 'Budget is too low',
                at: '2026-11-23T10:00:00.000Z',
              },
            ],
          }),
      });
      await renderTab(csipApi);
      const user = userEvent.setup({ delay: null });

      const mine = await screen.findByRole('region', {
        name: 'Your decision',
      });
      expect(mine).toHaveTextContent(/You declined version 2 on /);
      await user.click(
        within(mine).getByRole('button', { name: 'Change my decision…' }),
      );
      const dialog = screen.getByRole('dialog', {
        name: 'Agree scope version 2 instead',
      });
      expect(dialog).toHaveTextContent(/Your earlier decline of .+ stays/);
      await user.click(within(dialog).getByRole('button', { name: 'Agree' }));
      await waitFor(() =>
        expect(csipApi.recordAgreement).toHaveBeenCalledWith('p1', 2, {
          decision: 'agree',
          comment: '',
        }),
      );
    });

    it('disables changing one’s mind when the portal’s policy does not allow it', async () => {
      await renderTab(api(), LEAD, {
        programmeId: freshProgrammeId(),
        permissionApi: policyDenying('csip.scope.agree'),
      });
      expect(
        await screen.findByRole('button', { name: 'Change my decision…' }),
      ).toBeDisabled();
    });

    it('offers no change to someone who is not an approver', async () => {
      await renderTab(api(), 'user:default/omar.ops');
      await screen.findByRole('heading', { name: 'Scope version 2' });
      expect(
        screen.queryByRole('button', { name: 'Change my decision…' }),
      ).toBeNull();
    });
  });

  it('says what to do when no scope is published yet', async () => {
    await renderTab(
      api({
        getScope: async () => ({ status: 'draft', approvers: [], diff: [] }),
        listScopeVersions: async () => ({ items: [] }),
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'No scope published yet' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Draft — no version published yet'),
    ).toBeInTheDocument();
    expect(screen.getByText(/a lead or coach publishes/)).toBeInTheDocument();
  });

  it('validates the editor and publishes the parsed scope', async () => {
    const csipApi = api({
      publishScopeVersion: async () => aScopeVersion({ number: 3 }),
    });
    await renderTab(csipApi, LEAD);
    const user = userEvent.setup({ delay: null });

    await user.click(
      await screen.findByRole('button', { name: 'Publish new version' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Publish new scope version',
    });
    expect(
      within(dialog).getByText(/Sponsors are always approvers/),
    ).toBeInTheDocument();
    const process = within(dialog).getByRole('group', { name: 'Process 1' });
    expect(within(process).getByLabelText('Process')).toHaveValue('change');
    await user.selectOptions(
      within(process).getByLabelText('Target level'),
      '1',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() => {
      expect(
        within(process).getByText('Must be above the baseline level'),
      ).toBeInTheDocument();
    });
    expect(csipApi.publishScopeVersion).not.toHaveBeenCalled();

    await user.selectOptions(
      within(process).getByLabelText('Target level'),
      '4',
    );
    await user.type(
      within(dialog).getByLabelText('Objectives'),
      '\nShorter lead time',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

    await waitFor(() =>
      expect(csipApi.publishScopeVersion).toHaveBeenCalledWith('p1', {
        processes: [
          {
            process: 'change',
            baselineLevel: 1,
            targetLevel: 4,
            targetDate: '2027-06-30',
          },
        ],
        objectives: ['Fewer failed changes', 'Shorter lead time'],
        outOfScope: ['Incident management'],
        milestones: [{ title: 'First team-led review', date: '2027-03-01' }],
        resources: { coachDays: 20, budget: 15000, notes: 'Two days a month' },
        assumptions: ['The CAB meets weekly'],
        approvers: ['user:default/priya.change'],
      }),
    );
    expect(
      await screen.findByText(/Published scope version 3/),
    ).toBeInTheDocument();
  });

  it('shows the server’s refusal to publish', async () => {
    const csipApi = api({
      publishScopeVersion: async () => {
        throw aResponseError(
          403,
          'NotAllowedError',
          'Only a lead or coach may publish the scope',
        );
      },
    });
    await renderTab(csipApi, LEAD);
    const user = userEvent.setup({ delay: null });
    await user.click(
      await screen.findByRole('button', { name: 'Publish new version' }),
    );
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(
      await screen.findByText(/Only a lead or coach may publish the scope/),
    ).toBeInTheDocument();
  });

  describe('who may act', () => {
    it('tells a sponsor why they cannot publish a new version', async () => {
      await renderTab(api());
      const publish = await screen.findByRole('button', {
        name: 'Publish new version',
      });
      expect(publish).toBeDisabled();
      expect(publish).toHaveAccessibleDescription(
        'Only the programme’s leads and coaches publish scope versions.',
      );
      expect(
        screen.getByText(
          'Only the programme’s leads and coaches publish scope versions.',
        ),
      ).toBeVisible();
    });

    it('tells a lead when the portal’s policy does not let them publish', async () => {
      const programmeId = freshProgrammeId();
      const csipApi = api();
      await renderTab(csipApi, LEAD, {
        programmeId,
        permissionApi: policyDenying('csip.scope.publish'),
      });
      const publish = await screen.findByRole('button', {
        name: 'Publish new version',
      });
      expect(publish).toBeDisabled();
      expect(publish).toHaveAccessibleDescription(
        'Your portal’s permission policy does not allow you to publish scope versions.',
      );
      expect(csipApi.getProgramme).toHaveBeenCalledWith(programmeId);
    });

    it('disables agreeing when the portal’s policy does not allow it', async () => {
      await renderTab(api(), undefined, {
        programmeId: freshProgrammeId(),
        permissionApi: policyDenying('csip.scope.agree'),
      });
      const agree = await screen.findByRole('button', { name: 'Agree…' });
      expect(agree).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Decline…' })).toBeDisabled();
      const reason =
        'Your portal’s permission policy does not allow you to agree or decline the scope.';
      expect(agree).toHaveAccessibleDescription(reason);
      expect(
        screen.getByRole('button', { name: 'Decline…' }),
      ).toHaveAccessibleDescription(reason);
    });

    it('uses the programme the page already has', async () => {
      const csipApi = api();
      await renderInTestApp(
        <ScopeTab programmeId="p1" programme={aProgramme()} />,
        {
          apis: [
            [csipApiRef, csipApi],
            mockApis.identity({ userEntityRef: LEAD }),
            catalogApiMock({ entities: catalogEntities }),
          ],
          mountedRoutes: {
            '/catalog/:namespace/:kind/:name':
              convertLegacyRouteRef(entityRouteRef),
          },
        },
      );
      expect(
        await screen.findByRole('button', { name: 'Publish new version' }),
      ).toBeEnabled();
      expect(csipApi.getProgramme).not.toHaveBeenCalled();
    });

    it('offers no publishing when the programme cannot be loaded', async () => {
      await renderTab(
        api({
          getProgramme: async () => {
            throw aResponseError(500, 'Error', 'database unavailable');
          },
        }),
        LEAD,
      );
      expect(
        await screen.findByText(/Publishing is not offered/),
      ).toHaveTextContent(/database unavailable/);
      expect(
        screen.queryByRole('button', { name: 'Publish new version' }),
      ).toBeNull();
    });
  });
});
