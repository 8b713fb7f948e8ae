import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { CsipApi, csipApiRef } from '../../../api';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aCoachingSummary } from '../../../__testUtils__/coachingFixtures';
import { aMaturityView } from '../../../__testUtils__/reviewsTabFixtures';
import { aSustainStatus } from '../../../__testUtils__/sustainFixtures';
import { ProgrammeOverview } from './ProgrammeOverview';

function renderOverview(csipApi: CsipApi, programme = aProgramme()) {
  return renderInTestApp(<ProgrammeOverview programme={programme} />, {
    apis: [[csipApiRef, csipApi]],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}

describe('ProgrammeOverview', () => {
  it('charts each process’s level against its target, with the words', async () => {
    const csipApi = mockCsipApi({ getMaturity: async () => aMaturityView() });
    await renderOverview(csipApi);

    const levels = await screen.findByRole('figure', {
      name: 'Levels against targets',
    });
    expect(csipApi.getMaturity).toHaveBeenCalledWith('p1');
    expect(
      within(levels).getByText(
        'Change management: Level 2 Managed, target 3 Established: 1 level to go',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Vision' })).toBeInTheDocument();
  });

  it('describes the coaching mix between reviews in words', async () => {
    const csipApi = mockCsipApi({
      getMaturity: async () => aMaturityView(),
      getCoaching: async () => aCoachingSummary(),
    });
    await renderOverview(csipApi);
    const coaching = await screen.findByRole('region', {
      name: 'Coaching between reviews',
    });
    expect(
      await within(coaching).findByText(
        '9 moments in the work to 3 scheduled (3 : 1); at or above the 3 : 1 aim.',
      ),
    ).toBeInTheDocument();
    expect(csipApi.getCoaching).toHaveBeenCalledWith('p1');
  });

  it('loads the coaching summary once for the mix and, in sustain, the notice', async () => {
    const csipApi = mockCsipApi({
      getMaturity: async () => aMaturityView(),
      getCoaching: async () =>
        aCoachingSummary({ sustain: aSustainStatus({ lapsed: true }) }),
    });
    await renderOverview(csipApi, aProgramme({ phase: 'sustain' }));
    expect(
      await screen.findByRole('region', {
        name: 'Sustain: the team’s own reviews',
      }),
    ).toBeInTheDocument();
    const coaching = screen.getByRole('region', {
      name: 'Coaching between reviews',
    });
    expect(
      within(coaching).getByText(/^9 moments in the work to 3 scheduled/),
    ).toBeInTheDocument();
    expect(csipApi.getCoaching).toHaveBeenCalledTimes(1);
    expect(csipApi.getCoaching).toHaveBeenCalledWith('p1');
  });

  it('shows the coaching mix outside sustain too, without a sustain notice', async () => {
    const csipApi = mockCsipApi({
      getMaturity: async () => aMaturityView(),
      getCoaching: async () => aCoachingSummary(),
    });
    await renderOverview(csipApi);
    const coaching = await screen.findByRole('region', {
      name: 'Coaching between reviews',
    });
    expect(
      await within(coaching).findByText(
        /^9 moments in the work to 3 scheduled/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Sustain/ })).toBeNull();
    expect(csipApi.getCoaching).toHaveBeenCalledTimes(1);
  });

  it('says when the levels could not be loaded', async () => {
    await renderOverview(
      mockCsipApi({
        getMaturity: async () => {
          throw aResponseError(500, 'Error', 'Database unavailable');
        },
      }),
    );
    expect(
      await screen.findByText(/Could not load the levels/),
    ).toBeInTheDocument();
  });
});
