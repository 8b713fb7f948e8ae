import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type {
  PortfolioRollup as Rollup,
  RollupCell,
} from '@csip-coach/plugin-csip-common';
import { createTheme, getContrastRatio } from '@mui/material/styles';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { CsipApi, csipApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aMaturityModel } from '../../../__testUtils__/reviewsTabFixtures';
import { HEAT_BANDS, HEAT_TEXT, heatBackground } from '../heatColour';
import { PortfolioRollup } from './PortfolioRollup';

const cell = (
  process: string,
  overrides: Partial<RollupCell> = {},
): RollupCell => ({
  process,
  programmes: 2,
  rated: 2,
  meanLevel: 2.4,
  meanTarget: 3,
  atTarget: 1,
  ...overrides,
});

const PROCESSES = ['change', 'configuration', 'release'];

function aRollup(overrides: Partial<Rollup> = {}): Rollup {
  return {
    group: null,
    processes: PROCESSES,
    groups: [
      {
        groupRef: 'group:default/it-department',
        title: 'IT Department',
        hasChildren: true,
        programmes: 3,
        ready: 1,
        meanScore: 40,
        cells: [
          cell('change'),
          cell('configuration', { meanLevel: 3, atTarget: 2 }),
          cell('release', { programmes: 0, rated: 0, meanLevel: null }),
        ],
      },
      {
        groupRef: 'group:default/itsm-coaching',
        title: 'ITSM Coaching',
        hasChildren: false,
        programmes: 0,
        ready: 0,
        meanScore: null,
        cells: PROCESSES.map(p =>
          cell(p, {
            programmes: 0,
            rated: 0,
            meanLevel: null,
            meanTarget: null,
            atTarget: 0,
          }),
        ),
      },
    ],
    unassigned: 1,
    history: [
      {
        week: '2026-11-02',
        programmes: 3,
        ready: 0,
        rated: 2,
        atTarget: 0,
        meanLevels: [
          { process: 'change', meanLevel: 1.5 },
          { process: 'configuration', meanLevel: null },
          { process: 'release', meanLevel: null },
        ],
      },
      {
        week: '2026-11-09',
        programmes: 3,
        ready: 1,
        rated: 3,
        atTarget: 1,
        meanLevels: [
          { process: 'change', meanLevel: 2 },
          { process: 'configuration', meanLevel: 1 },
          { process: 'release', meanLevel: null },
        ],
      },
    ],
    ...overrides,
  };
}

const Query = () => (
  <output aria-label="Query">{decodeURIComponent(useLocation().search)}</output>
);

const groupEntity = (name: string, title: string, parent?: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', title },
  spec: parent ? { parent } : {},
});

function renderRollup(csipApi: CsipApi, query = '?tab=rollup') {
  return renderInTestApp(
    <>
      <PortfolioRollup />
      <Query />
    </>,
    {
      apis: [
        [csipApiRef, csipApi],
        catalogApiMock({
          entities: [
            groupEntity('it-department', 'IT Department'),
            groupEntity('it-operations', 'IT Operations', 'it-department'),
          ],
        }),
      ],
      mountedRoutes: { '/csip': rootRouteRef },
      initialRouteEntries: [`/csip${query}`],
    },
  );
}

const api = (rollup: (group?: string) => Rollup = () => aRollup()) =>
  mockCsipApi({
    getMaturityModel: async () => aMaturityModel(),
    getPortfolioRollup: async (query?: { group?: string }) =>
      rollup(query?.group),
  });

describe('PortfolioRollup', () => {
  it('shows groups × processes with levels against targets, readiness and a legend', async () => {
    await renderRollup(api());
    const table = await screen.findByRole('table', {
      name: 'Levels against targets by group',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map(h => h.textContent);
    expect(headers).toEqual([
      'Group',
      'Programmes',
      'Change management',
      'Configuration management',
      'Release management',
      'Ready for handover',
    ]);
    const row = within(table)
      .getByRole('rowheader', { name: /IT Department/ })
      .closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells.map(c => c.textContent)).toEqual([
      '3',
      'L2.4 / target 31/2 at target',
      'L3 / target 32/2 at target',
      'Not in scope',
      '1 of 3',
    ]);
    expect(cells[1]).toHaveAttribute('data-band', 'close');
    expect(cells[2]).toHaveAttribute('data-band', 'at-target');
    expect(
      screen.getByRole('list', { name: 'Colour legend' }),
    ).toHaveTextContent('At or above target');
    expect(
      screen.getByText(/1 programme is owned outside the catalog's groups/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('navigation', { name: 'Group path' }),
    ).toHaveTextContent('All groups');
  });

  it('goes down into a group with groups below, keeping it in the URL, and back up the path', async () => {
    const csipApi = api(group =>
      group
        ? aRollup({
            group: {
              groupRef: group,
              title: 'IT Operations',
              parentRef: 'group:default/it-department',
            },
            groups: [],
            unassigned: 2,
          })
        : aRollup(),
    );
    await renderRollup(csipApi);
    // Only a group with groups below is a link.
    expect(
      screen.queryByRole('link', { name: /ITSM Coaching/ }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('link', {
        name: 'IT Department: show the groups below',
      }),
    );
    expect(screen.getByLabelText('Query')).toHaveTextContent(
      '?tab=rollup&group=group:default/it-department',
    );
    expect(csipApi.getPortfolioRollup).toHaveBeenLastCalledWith({
      group: 'group:default/it-department',
    });
    expect(
      await screen.findByText(
        '2 programmes are owned by IT Operations itself.',
      ),
    ).toBeInTheDocument();
    const path = screen.getByRole('navigation', { name: 'Group path' });
    expect(
      await within(path).findByRole('link', { name: 'IT Department' }),
    ).toBeInTheDocument();
    expect(path).toHaveTextContent('All groups/IT Department/IT Operations');
    await userEvent.click(
      within(path).getByRole('link', { name: 'All groups' }),
    );
    expect(screen.getByLabelText('Query')).toHaveTextContent('?tab=rollup');
  });

  it('draws the history with dated weeks, named levels and a legend, and gives the numbers as a table', async () => {
    await renderRollup(api());
    const chart = await screen.findByRole('img', {
      name: /^Mean level per process, week by week, from the week of 2 Nov to the week of 9 Nov/,
    });
    expect(chart).toHaveTextContent('9 Nov');
    expect(chart).toHaveTextContent('Innovating');
    expect(chart).toHaveTextContent('Configuration management');
    const numbers = screen.getByRole('table', {
      name: 'Portfolio by week',
      hidden: true,
    });
    const rows = within(numbers).getAllByRole('row', { hidden: true });
    expect(rows[2].textContent).toBe('9 NovL2L1Not rated311 of 3');
  });

  it('says so when there is no history yet', async () => {
    await renderRollup(api(() => aRollup({ history: [] })));
    expect(
      await screen.findByText(/No weekly snapshots yet/),
    ).toBeInTheDocument();
  });

  it('says when the group is not in the catalog', async () => {
    const csipApi = mockCsipApi({
      getMaturityModel: async () => aMaturityModel(),
      getPortfolioRollup: async () => {
        throw aResponseError(
          404,
          'NotFoundError',
          "No group 'group:default/gone' in the catalog",
        );
      },
    });
    await renderRollup(csipApi, '?group=group:default/gone');
    expect(
      await screen.findByText(/The catalog has no such group/),
    ).toBeInTheDocument();
  });

  it('keeps dark text readable on every band (WCAG AA, 4.5:1)', () => {
    for (const mode of ['light', 'dark'] as const) {
      const theme = createTheme({ palette: { mode } });
      for (const { band } of HEAT_BANDS) {
        expect(
          getContrastRatio(HEAT_TEXT, heatBackground(theme, band)),
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
