import type { Agreement } from '@csip-coach/plugin-csip-common';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { formatDateTime } from '../../../util/formatDate';
import { ScopeDecisionRecord } from './ScopeDecisionRecord';

const DANA = 'user:default/dana.sponsor';
const PRIYA = 'user:default/priya.change';

const decision = (
  userRef: string,
  d: Agreement['decision'],
  at: string,
  comment = '',
): Agreement => ({
  programmeId: 'p1',
  versionNumber: 2,
  userRef,
  decision: d,
  comment,
  at,
});

const render = (agreements: Agreement[]) =>
  renderInTestApp(
    <ScopeDecisionRecord versionNumber={2} agreements={agreements} />,
    {
      apis: [catalogApiMock({ entities: catalogEntities })],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );

describe('ScopeDecisionRecord', () => {
  it('lists every decision in order, saying when someone changed their mind', async () => {
    const agreed = '2026-12-02T10:04:00.000Z';
    const declined = '2026-12-03T09:12:00.000Z';
    await render([
      decision(DANA, 'agree', agreed, 'Good plan'),
      decision(PRIYA, 'agree', '2026-12-02T11:00:00.000Z'),
      decision(DANA, 'decline', declined, 'The budget was cut'),
      decision(DANA, 'decline', '2026-12-04T08:00:00.000Z', 'Still cut'),
    ]);

    const record = screen.getByRole('list', { name: 'Decision record' });
    const items = within(record).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent(
      `agreed on ${formatDateTime(agreed)} — “Good plan”`,
    );
    expect(items[0]).toHaveTextContent(/dana\.sponsor|Dana Sponsor/);
    expect(items[0]).not.toHaveTextContent(/changed/);
    expect(items[1]).toHaveTextContent(/priya\.change/);
    expect(items[1]).toHaveTextContent(/agreed on [^—]+$/);
    expect(items[2]).toHaveTextContent(
      `changed their decision: declined on ${formatDateTime(
        declined,
      )} — “The budget was cut”`,
    );
    expect(items[3]).toHaveTextContent('decided again: declined on');
    expect(
      within(items[0]).getByRole('link', {
        name: /dana\.sponsor|Dana Sponsor/,
      }),
    ).toBeInTheDocument();
  });

  it('says when no one has decided yet', async () => {
    await render([]);
    expect(
      screen.getByText('No one has decided on this version yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
