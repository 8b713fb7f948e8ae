import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { CsipApi, csipApiRef } from '../../../api';
import { aResponseError } from '../../../__testUtils__/fixtures';
import {
  aHandoverView,
  aNoScopeHandoverView,
} from '../../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { HandoverGlance } from './HandoverGlance';

function renderGlance(csipApi: CsipApi) {
  return renderInTestApp(<HandoverGlance programmeId="p1" />, {
    apis: [[csipApiRef, csipApi]],
    initialRouteEntries: ['/programmes/p1'],
  });
}

describe('HandoverGlance', () => {
  it('shows the score, readiness and summit camp with a link to the tab', async () => {
    const csipApi = mockCsipApi({ getHandover: async () => aHandoverView() });
    await renderGlance(csipApi);

    expect(await screen.findByText('42.5 %')).toBeInTheDocument();
    expect(csipApi.getHandover).toHaveBeenCalledWith('p1');
    expect(screen.getByText('Not ready: 3 blockers')).toBeInTheDocument();
    expect(
      screen.getByText('Base camp, 50 % of the way to the targets'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open handover' })).toHaveAttribute(
      'href',
      '/programmes/p1?tab=handover',
    );
  });

  it('says when the coach can leave', async () => {
    await renderGlance(
      mockCsipApi({
        getHandover: async () =>
          aHandoverView({
            score: 92,
            readiness: { ready: true, blockers: [] },
            summit: { percent: 100, camp: 'summit', processes: [] },
          }),
      }),
    );
    expect(await screen.findByText('Ready')).toBeInTheDocument();
    expect(
      screen.getByText('Summit, 100 % of the way to the targets'),
    ).toBeInTheDocument();
  });

  it('says calmly that the handover starts with the scope', async () => {
    await renderGlance(
      mockCsipApi({ getHandover: async () => aNoScopeHandoverView() }),
    );
    expect(
      await screen.findByText('Handover starts once the scope is published.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Not ready/)).toBeNull();
    expect(screen.queryByText('0 %')).toBeNull();
  });

  it('says when the handover could not be loaded', async () => {
    await renderGlance(
      mockCsipApi({
        getHandover: async () => {
          throw aResponseError(404, 'NotFoundError', 'No programme p1');
        },
      }),
    );
    expect(
      await screen.findByText('Could not load the handover: No programme p1'),
    ).toBeInTheDocument();
  });
});
