import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { CsipApi, csipApiRef } from '../../../api';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aMaturityView } from '../../../__testUtils__/reviewsTabFixtures';
import {
  aLevelDrop,
  aSustainCoachingSummary,
  aSustainStatus,
} from '../../../__testUtils__/sustainFixtures';
import { formatDate } from '../../../util/formatDate';
import { ProgrammeOverview } from '../../programme/ProgrammeOverview';
import { ProgrammeSustainNotice } from './ProgrammeSustainNotice';

function renderIn(csipApi: CsipApi, element: JSX.Element) {
  return renderInTestApp(element, {
    apis: [[csipApiRef, csipApi]],
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}

describe('ProgrammeSustainNotice', () => {
  it('shows a lapse and a level drop at the top of the programme overview in sustain', async () => {
    const csipApi = mockCsipApi({
      getMaturity: async () => aMaturityView(),
      getCoaching: async () =>
        aSustainCoachingSummary(
          aSustainStatus({ lapsed: true, levelDrops: [aLevelDrop()] }),
        ),
    });
    await renderIn(
      csipApi,
      <ProgrammeOverview programme={aProgramme({ phase: 'sustain' })} />,
    );
    const notice = await screen.findByRole('region', {
      name: 'Sustain: the team’s own reviews',
    });
    expect(notice).toHaveTextContent(
      `The team’s review was due on ${formatDate('2027-06-01')}.`,
    );
    expect(notice).toHaveTextContent(
      `Change management fell from Established to Managed in the review of ${formatDate(
        '2027-03-01',
      )}.`,
    );
    expect(csipApi.getCoaching).toHaveBeenCalledWith('p1');
    expect(
      notice.compareDocumentPosition(
        screen.getByRole('region', { name: 'Levels against targets' }),
      ) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('loads nothing outside sustain', async () => {
    const csipApi = mockCsipApi();
    await renderIn(
      csipApi,
      <>
        <ProgrammeSustainNotice programme={aProgramme()} />
        <p>Below the notice</p>
      </>,
    );
    expect(screen.getByText('Below the notice')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Sustain/ })).toBeNull();
    expect(screen.queryByText(/review/)).toBeNull();
    expect(csipApi.getCoaching).not.toHaveBeenCalled();
  });

  it('says when the cadence could not be checked', async () => {
    await renderIn(
      mockCsipApi({
        getCoaching: async () => {
          throw aResponseError(500, 'Error', 'Database unavailable');
        },
      }),
      <ProgrammeSustainNotice programme={aProgramme({ phase: 'sustain' })} />,
    );
    expect(
      await screen.findByText(
        /Could not check the team’s review cadence: Database unavailable/,
      ),
    ).toBeInTheDocument();
  });
});
