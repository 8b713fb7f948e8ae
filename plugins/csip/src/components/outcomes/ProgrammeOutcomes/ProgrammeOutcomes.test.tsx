import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { Kpi, Programme } from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aProgramme } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { ProgrammeOutcomes } from './ProgrammeOutcomes';

const SPONSOR = 'user:default/dana.sponsor';
const COACH = 'user:default/alex.coach';

/** A KPI of the change CSIP, half way to its target. */
function aKpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    id: 'change-failure-rate',
    objective: 'Halve the change failure rate',
    name: 'Change failure rate',
    unit: '%',
    baseline: 20,
    target: 10,
    direction: 'down',
    readings: [
      {
        id: 'r1',
        kpiId: 'change-failure-rate',
        on: '2026-10-31',
        value: 17,
        recordedBy: COACH,
        recordedAt: '2026-10-31T09:00:00.000Z',
      },
      {
        id: 'r2',
        kpiId: 'change-failure-rate',
        on: '2026-11-30',
        value: 15,
        recordedBy: COACH,
        recordedAt: '2026-11-30T09:00:00.000Z',
      },
    ],
    progress: 0.5,
    ...overrides,
  };
}

function renderOutcomes(
  csipApi: CsipApi,
  options: { userEntityRef?: string; programme?: Programme } = {},
) {
  return renderInTestApp(
    <ProgrammeOutcomes programme={options.programme ?? aProgramme()} />,
    {
      apis: [
        [csipApiRef, csipApi],
        mockApis.identity({ userEntityRef: options.userEntityRef ?? SPONSOR }),
        mockApis.permission(),
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
}

const user = () => userEvent.setup({ delay: null });

describe('ProgrammeOutcomes', () => {
  it('shows each KPI with baseline → target, latest reading, progress and a chart with its words', async () => {
    await renderOutcomes(
      mockCsipApi({ listKpis: async () => ({ items: [aKpi()] }) }),
    );
    const panel = await screen.findByRole('region', { name: 'Outcome KPIs' });
    const kpi = await within(panel).findByRole('article', {
      name: 'Change failure rate',
    });
    expect(kpi).toHaveTextContent('For “Halve the change failure rate”');
    expect(kpi).toHaveTextContent(
      'Baseline → target: 20% → 10% (lower is better)',
    );
    expect(kpi).toHaveTextContent(/Latest reading: 15% on/);
    const bar = within(kpi).getByRole('progressbar', {
      name: 'Progress of Change failure rate',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(kpi).toHaveTextContent('50% of the way from baseline to target');
    const chart = within(kpi).getByRole('figure', {
      name: 'Readings of Change failure rate',
    });
    expect(chart.querySelector('svg')).not.toBeNull();
    expect(chart).toHaveTextContent(
      /Change failure rate: 17% on .*, 15% on .*; baseline 20%, target 10%/,
    );
  });

  it('says where KPIs come from when the scope has none', async () => {
    await renderOutcomes(mockCsipApi());
    expect(
      await screen.findByText(/^No outcome KPIs yet\. Give an objective a KPI/),
    ).toBeInTheDocument();
  });

  it('records a reading and loads the KPIs again', async () => {
    const csipApi = mockCsipApi({
      listKpis: async () => ({ items: [aKpi()] }),
      recordKpiReading: async (_id, kpiId, body) => ({
        ...body,
        id: 'r3',
        kpiId,
        recordedBy: SPONSOR,
        recordedAt: '2026-12-02T09:00:00.000Z',
      }),
    });
    await renderOutcomes(csipApi);
    await user().click(
      await screen.findByRole('button', { name: 'Record a reading' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Record a reading' });
    const value = within(dialog).getByRole('spinbutton', { name: /Value/ });
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(
      await within(dialog).findByText('Enter the figure measured.'),
    ).toBeInTheDocument();
    expect(csipApi.recordKpiReading).not.toHaveBeenCalled();

    const on = within(dialog).getByLabelText(/Measured on/);
    await user().clear(on);
    await user().type(on, '2026-12-01');
    await user().type(value, '13.5');
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() =>
      expect(csipApi.recordKpiReading).toHaveBeenCalledWith(
        'p1',
        'change-failure-rate',
        { on: '2026-12-01', value: 13.5 },
      ),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(csipApi.listKpis).toHaveBeenCalledTimes(2);
  });

  it('lets a sponsor close the programme with a verdict, outcome and lessons', async () => {
    const closure = {
      verdict: 'partly-successful' as const,
      outcome: 'Failed changes fell by a quarter',
      lessons: 'Measure before the first review',
      closedBy: SPONSOR,
      closedAt: '2026-12-02T10:00:00.000Z',
    };
    const csipApi = mockCsipApi({
      closeProgramme: async () => aProgramme({ closure }),
    });
    await renderOutcomes(csipApi);
    await user().click(
      await screen.findByRole('button', { name: 'Close programme' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Close the programme' });
    await user().click(
      within(dialog).getByRole('button', { name: 'Close programme' }),
    );
    expect(
      await within(dialog).findByText('Choose how the programme ended.'),
    ).toBeInTheDocument();
    expect(csipApi.closeProgramme).not.toHaveBeenCalled();

    const verdict = within(dialog).getByRole('radiogroup');
    expect(
      within(verdict)
        .getAllByRole('radio')
        .map(r => r.closest('label')?.textContent),
    ).toEqual(['Successful', 'Partly successful', 'Withdrawn']);
    await user().click(
      within(dialog).getByRole('radio', { name: 'Partly successful' }),
    );
    await user().type(
      within(dialog).getByRole('textbox', { name: /Outcome/ }),
      closure.outcome,
    );
    await user().type(
      within(dialog).getByRole('textbox', { name: /Lessons/ }),
      closure.lessons,
    );
    await user().click(
      within(dialog).getByRole('button', { name: 'Close programme' }),
    );
    await waitFor(() =>
      expect(csipApi.closeProgramme).toHaveBeenCalledWith('p1', {
        verdict: 'partly-successful',
        outcome: closure.outcome,
        lessons: closure.lessons,
      }),
    );
    const panel = await screen.findByRole('region', {
      name: 'Closed: Partly successful',
    });
    expect(panel).toHaveTextContent(closure.lessons);
    expect(
      screen.queryByRole('button', { name: 'Close programme' }),
    ).not.toBeInTheDocument();
  });

  it('tells a coach why they may not close the programme', async () => {
    await renderOutcomes(mockCsipApi(), { userEntityRef: COACH });
    const button = await screen.findByRole('button', {
      name: 'Close programme',
    });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      /Only the programme’s sponsors and leads close it/,
    );
  });

  it('shows how a closed programme ended, without the close button', async () => {
    await renderOutcomes(mockCsipApi(), {
      programme: aProgramme({
        closure: {
          verdict: 'withdrawn',
          outcome: 'Another programme took it over',
          lessons: 'Agree the scope with both sponsors',
          closedBy: SPONSOR,
          closedAt: '2026-12-02T10:00:00.000Z',
        },
      }),
    });
    const panel = await screen.findByRole('region', {
      name: 'Closed: Withdrawn',
    });
    expect(panel).toHaveTextContent('Another programme took it over');
    await screen.findByRole('region', { name: 'Outcome KPIs' });
    expect(
      screen.queryByRole('button', { name: 'Close programme' }),
    ).not.toBeInTheDocument();
  });
});
