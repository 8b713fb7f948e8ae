import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type { MembershipChange } from '@csip-coach/plugin-csip-common';
import { screen, within } from '@testing-library/react';
import { CsipApi, csipApiRef } from '../../../api';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { formatDateTime } from '../../../util/formatDate';
import { MembershipHistory } from './MembershipHistory';

function renderHistory(csipApi: CsipApi) {
  return renderInTestApp(<MembershipHistory programmeId="p1" />, {
    apis: [[csipApiRef, csipApi]],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}

const { members } = aProgramme();

/** Oldest first, as the backend lists them. */
const changes: MembershipChange[] = [
  {
    programmeId: 'p1',
    changedBy: 'user:default/priya.change',
    changedAt: '2026-11-21T09:00:00.000Z',
    before: members,
    after: [
      ...members,
      { userRef: 'user:default/omar.member', role: 'member' },
    ],
  },
  {
    programmeId: 'p1',
    changedBy: 'user:default/alex.coach',
    changedAt: '2026-11-25T16:30:00.000Z',
    before: [
      ...members,
      { userRef: 'user:default/omar.member', role: 'member' },
    ],
    after: [
      ...members.filter(m => m.role !== 'sponsor'),
      { userRef: 'user:default/omar.member', role: 'lead' },
    ],
  },
];

describe('MembershipHistory', () => {
  it('lists each change newest first: who, when, whom they added and removed with the roles', async () => {
    const csipApi = mockCsipApi({
      listMembershipChanges: async () => ({ items: changes }),
    });
    await renderHistory(csipApi);

    const list = await screen.findByRole('list', {
      name: 'Membership history',
    });
    const [newest, oldest] = within(list).getAllByRole('listitem');
    expect(newest).toHaveTextContent(
      `alex.coach changed the members on ${formatDateTime(
        '2026-11-25T16:30:00.000Z',
      )}`,
    );
    expect(newest).toHaveTextContent(/Added: .*omar\.member as Lead/);
    expect(newest).toHaveTextContent(
      /Removed: .*dana\.sponsor as Sponsor, .*omar\.member as Member/,
    );
    expect(oldest).toHaveTextContent(/priya\.change changed the members on/);
    expect(oldest).toHaveTextContent(/Added: .*omar\.member as Member/);
    expect(oldest).not.toHaveTextContent(/Removed/);
    expect(csipApi.listMembershipChanges).toHaveBeenCalledWith('p1');
  });

  it('says when the members never changed', async () => {
    await renderHistory(
      mockCsipApi({ listMembershipChanges: async () => ({ items: [] }) }),
    );
    expect(
      await screen.findByText(
        'No changes to the members since the programme was created.',
      ),
    ).toBeInTheDocument();
  });

  it('says in words why the history could not be loaded', async () => {
    await renderHistory(
      mockCsipApi({
        listMembershipChanges: async () => {
          throw aResponseError(
            403,
            'NotAllowedError',
            'You may not read this programme',
          );
        },
      }),
    );
    expect(
      await screen.findByText(
        'Could not load the membership history: You may not read this programme',
      ),
    ).toBeInTheDocument();
  });
});
