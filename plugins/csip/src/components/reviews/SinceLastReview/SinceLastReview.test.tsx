import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { FollowUp } from '@csip-coach/plugin-csip-common';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import { CsipApi, csipApiRef } from '../../../api';
import { anAction } from '../../../__testUtils__/actionFixtures';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aFollowUp } from '../../../__testUtils__/coachingFixtures';
import {
  aLoadError,
  aPublishedReview,
} from '../../../__testUtils__/reviewsTabFixtures';
import { SinceLastReview } from './SinceLastReview';

const PROCESS = { id: 'change', name: 'Change management' };

/** A commitment of change management, not due yet unless said. */
const aCommitment = (overrides: Partial<FollowUp> = {}) =>
  aFollowUp({ followUpOn: '2026-12-01', due: false, ...overrides });

function renderPanel(csipApi: CsipApi, previous = aPublishedReview()) {
  return renderInTestApp(
    <SinceLastReview programmeId="p1" process={PROCESS} previous={previous} />,
    {
      apis: [
        [csipApiRef, csipApi],
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
}

describe('SinceLastReview', () => {
  it('opens with the process’s open commitments and the last review’s actions with their status', async () => {
    const csipApi = mockCsipApi({
      listFollowUps: async () => ({
        items: [
          aCommitment({
            id: 'f2',
            text: 'Share the CAB agenda',
            followUpOn: '2026-12-10',
          }),
          aCommitment({
            id: 'f1',
            text: 'Try the risk checklist',
            due: true,
            followUpOn: '2026-11-20',
          }),
          aCommitment({ id: 'f3', text: 'Kept already', outcome: 'kept' }),
          aCommitment({
            id: 'f5',
            text: 'Pre-CAB check',
            outcome: 'partly',
            note: 'Two of three changes',
            outcomeAt: '2099-01-01T00:00:00.000Z',
          }),
          aCommitment({
            id: 'f4',
            text: 'Release notes template',
            process: 'release',
          }),
        ],
      }),
      listActions: async () => ({
        items: [
          anAction({
            id: 'a1',
            description: 'Add a risk field',
            status: 'done',
          }),
          anAction({
            id: 'a2',
            description: 'Write the CAB terms',
            status: 'in-progress',
            overdue: true,
          }),
          anAction({
            id: 'a3',
            description: 'From another review',
            source: { type: 'review', reviewId: 'r7', process: 'change' },
          }),
          anAction({
            id: 'a4',
            description: 'By hand',
            source: { type: 'manual' },
          }),
        ],
      }),
    });
    await renderPanel(csipApi);

    const panel = await screen.findByRole('region', {
      name: 'Since the last review',
    });
    const commitments = await within(panel).findByRole('list', {
      name: 'Commitments',
    });
    const items = within(commitments).getAllByRole('listitem');
    expect(items.map(i => i.textContent)).toEqual([
      expect.stringMatching(
        /^Try the risk checklist — .*follow up on .*Follow-up due$/,
      ),
      expect.stringMatching(/^Share the CAB agenda — /),
      // Its outcome came in after the last review; 'Kept already' before it.
      expect.stringMatching(
        /^Pre-CAB check — .*Partly kept: Two of three changes$/,
      ),
    ]);
    expect(csipApi.listFollowUps).toHaveBeenCalledWith('p1');

    const table = within(panel).getByRole('table', {
      name: /^Actions from the review of /,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Add a risk field');
    expect(rows[0]).toHaveTextContent('Done');
    expect(rows[1]).toHaveTextContent('In progress');
    expect(rows[1]).toHaveTextContent('Overdue');
  });

  it('says in words when there is nothing to look back on', async () => {
    const csipApi = mockCsipApi({
      listFollowUps: async () => ({ items: [] }),
    });
    await renderInTestApp(
      <SinceLastReview programmeId="p1" process={PROCESS} />,
      { apis: [[csipApiRef, csipApi]] },
    );
    expect(
      await screen.findByText(/^No open commitments for Change management,/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'This is the first review of Change management: there are no earlier actions to look back on.',
      ),
    ).toBeInTheDocument();
    expect(csipApi.listActions).not.toHaveBeenCalled();
  });

  it('says when the last review added no actions', async () => {
    await renderPanel(
      mockCsipApi({
        listFollowUps: async () => ({ items: [] }),
        listActions: async () => ({ items: [] }),
      }),
    );
    expect(
      await screen.findByText(
        /^The review of .* added no actions to the register\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('says why it could not load, with a way to try again', async () => {
    await renderPanel(
      mockCsipApi({
        listFollowUps: async () => {
          throw aLoadError(500, 'Error', 'The database is away');
        },
        listActions: async () => ({ items: [] }),
      }),
    );
    expect(await screen.findByText(/The database is away/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Try again' }),
    ).toBeInTheDocument();
  });
});
