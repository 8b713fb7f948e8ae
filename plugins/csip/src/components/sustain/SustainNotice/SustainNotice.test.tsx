import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { render, screen, within } from '@testing-library/react';
import { csipApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aGroupEntity } from '../../../__testUtils__/entityFixtures';
import { aScopeView } from '../../../__testUtils__/fixtures';
import { aHandoverView } from '../../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aMaturityView } from '../../../__testUtils__/reviewsTabFixtures';
import {
  aLapsedSustainSummary,
  aLevelDrop,
  aSustainStatus,
} from '../../../__testUtils__/sustainFixtures';
import { formatDate } from '../../../util/formatDate';
import { EntityImprovementCard } from '../../entity/EntityImprovementCard';
import { SustainNotice } from './SustainNotice';

describe('SustainNotice', () => {
  it('says the team’s review cadence and when the next review is due', () => {
    render(<SustainNotice facts={aSustainStatus()} />);
    const notice = screen.getByRole('region', {
      name: 'Sustain: the team’s own reviews',
    });
    expect(within(notice).getAllByRole('listitem')).toHaveLength(1);
    expect(notice).toHaveTextContent(
      `The team runs its own reviews every 90 days; the next is due on ${formatDate(
        '2027-06-01',
      )}.`,
    );
  });

  it('says in words when the review lapsed and which level fell', () => {
    render(
      <SustainNotice
        facts={aSustainStatus({ lapsed: true, levelDrops: [aLevelDrop()] })}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map(i => i.textContent)).toEqual([
      `The team’s review was due on ${formatDate(
        '2027-06-01',
      )}. Next step: a lead starts a review led by the team on the Reviews tab.`,
      `Change management fell from Established to Managed in the review of ${formatDate(
        '2027-03-01',
      )}.`,
    ]);
    // Each line has an icon besides its colour; the icon is decoration.
    for (const item of items) {
      expect(item.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    }
  });

  it('shows a level that fell outside sustain, and nothing without news', () => {
    const { rerender } = render(
      <SustainNotice
        facts={aSustainStatus({ active: false, levelDrops: [aLevelDrop()] })}
      />,
    );
    expect(
      screen.getByRole('region', { name: 'Levels that fell' }),
    ).toHaveTextContent(/^Levels that fellChange management fell from/);
    rerender(<SustainNotice facts={aSustainStatus({ active: false })} />);
    expect(screen.queryByRole('region')).toBeNull();
    rerender(<SustainNotice />);
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('shows a lapse and a level drop on the entity card', async () => {
    const csipApi = mockCsipApi({
      listProgrammes: async () => ({ items: [aLapsedSustainSummary()] }),
      getMaturity: async () => aMaturityView(),
      getHandover: async () => aHandoverView(),
      getScope: async () => aScopeView(),
    });
    await renderInTestApp(
      <EntityProvider entity={aGroupEntity()}>
        <EntityImprovementCard />
      </EntityProvider>,
      {
        apis: [
          [csipApiRef, csipApi],
          catalogApiMock({ entities: catalogEntities }),
        ],
        mountedRoutes: {
          '/csip': rootRouteRef,
          '/catalog/:namespace/:kind/:name':
            convertLegacyRouteRef(entityRouteRef),
        },
      },
    );
    const monitoring = await screen.findByRole('list', {
      name: 'Sustain monitoring',
    });
    expect(
      within(monitoring)
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual([
      `The team’s review was due on ${formatDate(
        '2027-02-01',
      )}. Next step: a lead starts a review led by the team on the Reviews tab.`,
      'Change management fell to a lower level in its latest review.',
    ]);
  });
});
