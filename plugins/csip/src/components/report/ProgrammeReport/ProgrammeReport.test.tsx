import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { formatDate, formatLocalDate } from '../../../util/formatDate';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  aHandoverItem,
  aHandoverView,
} from '../../../__testUtils__/handoverFixtures';
import {
  aReportProgramme,
  emptyReportApiStubs,
  reportApiStubs,
  someReportReviews,
} from '../../../__testUtils__/reportFixtures';
import {
  aLoadError,
  aProcessDefinition,
} from '../../../__testUtils__/reviewsTabFixtures';
import { ProgrammeReport } from './ProgrammeReport';

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({ ...reportApiStubs(), ...overrides });

function renderReport(csipApi: CsipApi) {
  return renderInTestApp(<ProgrammeReport />, {
    apis: [
      [csipApiRef, csipApi],
      catalogApiMock({ entities: catalogEntities }),
    ],
    mountPath: '/csip/programmes/:programmeId/report',
    initialRouteEntries: ['/csip/programmes/p1/report'],
    mountedRoutes: {
      '/csip': rootRouteRef,
      '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
    },
  });
}

const section = async (name: string) =>
  screen.findByRole('region', { name }, { timeout: 10_000 });

/** The text of each body row of a table, header row left out. */
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row => row.textContent);

describe('ProgrammeReport', () => {
  it('loads every part of the programme in parallel and shows its title', async () => {
    const csipApi = api();
    await renderReport(csipApi);

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Change management CSIP',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Report generated on .+ by CSIP Coach$/),
    ).toBeInTheDocument();
    for (const call of [
      csipApi.getProgramme,
      csipApi.getPhaseStatus,
      csipApi.listDecisions,
      csipApi.getScope,
      csipApi.listScopeVersions,
      csipApi.getMaturity,
      csipApi.listReviews,
      csipApi.listActions,
      csipApi.getHandover,
    ]) {
      expect(call).toHaveBeenCalledWith('p1');
    }
  });

  it('reports what the programme is, its approach and the latest decision’s rationale', async () => {
    await renderReport(api());
    const programme = within(await section('The programme'));

    expect(programme.getByText('Owner').nextSibling).toHaveTextContent(
      /it-operations/,
    );
    expect(programme.getByText('Phase').nextSibling).toHaveTextContent(
      'Review',
    );
    expect(
      programme.getByText(/^Do it yourself with coaching: Your own people/),
    ).toBeInTheDocument();
    expect(
      programme.getByText(
        'The team wants to own the processes, with a coach beside it.',
      ),
    ).toBeInTheDocument();
    expect(
      programme.queryByText('We thought we could do it alone.'),
    ).not.toBeInTheDocument();
    expect(
      programme.getByText(/\(the latest of 2 decisions\)/),
    ).toBeInTheDocument();
    expect(
      programme.getByText('Changes that land safely, first time.'),
    ).toBeInTheDocument();
    expect(
      programme.getByRole('list', { name: 'Business drivers' }),
    ).toHaveTextContent(
      'Obvious: Fewer failed changesHidden: Pass next year’s audit',
    );
    const members = bodyRows(
      programme.getByRole('table', { name: 'Members by role' }),
    );
    expect(members[0]).toMatch(/^Sponsor.*dana\.sponsor/);
    expect(members[1]).toMatch(/^Coach.*alex\.coach/);
    expect(members[2]).toMatch(/^Lead.*priya\.change/);
    expect(members[3]).toMatch(/^Member.*priya\.change/);
  });

  it('says where an imported programme came from', async () => {
    const provenance = {
      importedBy: 'user:default/alex.coach',
      importedAt: '2026-12-01T10:00:00.000Z',
      exportedAt: '2026-11-28T09:00:00.000Z',
    };
    await renderReport(
      api({ getProgramme: async () => aReportProgramme({ provenance }) }),
    );
    const programme = within(await section('The programme'));
    const escape = (text: string) =>
      text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(programme.getByText('Provenance').nextSibling).toHaveTextContent(
      new RegExp(
        `^Imported by .*alex.* on ${escape(
          formatLocalDate(provenance.importedAt),
        )} from an export of ${escape(
          formatLocalDate(provenance.exportedAt),
        )}\\.$`,
      ),
    );
  });

  it('says nothing about provenance for a programme made here', async () => {
    await renderReport(api());
    const programme = within(await section('The programme'));
    expect(programme.queryByText('Provenance')).toBeNull();
  });

  it('lists retired handover items without counting them', async () => {
    const view = aHandoverView();
    await renderReport(
      api({
        getHandover: async () => ({
          ...view,
          items: [
            ...view.items,
            aHandoverItem({
              id: 'h5',
              title: 'Problem management runs without the coach',
              process: 'problem',
              retiredAt: '2026-11-30T10:00:00.000Z',
            }),
          ],
        }),
      }),
    );
    const handover = within(await section('Handover'));
    expect(
      handover.getByText(
        /1 of 4 items verified by the coach; .* 1 item is retired because their process left the scope, and not counted\./,
      ),
    ).toBeInTheDocument();
    const checklist = bodyRows(
      handover.getByRole('table', { name: 'Handover checklist' }),
    );
    expect(checklist[4]).toMatch(/Retired: its process left the scope—$/);
  });

  it('reports the current scope, its status and who agreed it when', async () => {
    await renderReport(api());
    const scope = within(await section('Scope'));

    expect(scope.getByText(/^Version 2, published by/)).toBeInTheDocument();
    expect(scope.getByText('Agreed by every approver')).toBeInTheDocument();
    expect(
      bodyRows(scope.getByRole('table', { name: 'Processes in scope' })),
    ).toEqual([
      `Change management1 Performed3 Established${formatDate('2027-06-30')}`,
      `Release management0 Incomplete2 Managed${formatDate('2027-09-30')}`,
    ]);
    expect(scope.getByRole('list', { name: 'Objectives' })).toHaveTextContent(
      'Fewer failed changes',
    );
    expect(scope.getByRole('list', { name: 'Out of scope' })).toHaveTextContent(
      'Incident management',
    );
    expect(bodyRows(scope.getByRole('table', { name: 'Milestones' }))).toEqual([
      `First team-led review${formatDate('2027-03-01')}`,
    ]);
    const agreement = bodyRows(scope.getByRole('table', { name: 'Agreement' }));
    expect(agreement[0]).toMatch(/dana\.sponsor.*Agreed.*Go ahead$/);
    expect(agreement[1]).toMatch(/priya\.change.*Agreed/);
    expect(
      bodyRows(scope.getByRole('table', { name: 'Scope version history' })),
    ).toEqual([
      expect.stringMatching(/^Version 2 \(current\)/),
      expect.stringMatching(/^Version 1 \(superseded\)/),
    ]);
  });

  it('reports maturity per process in words, with its trend', async () => {
    await renderReport(api());
    const maturity = within(await section('Maturity'));

    expect(
      bodyRows(maturity.getByRole('table', { name: 'Level against target' })),
    ).toEqual([
      `Change managementLevel 2 Managed, target 3 Established: 1 level to go${formatDate(
        '2027-06-30',
      )}The team rates itself 0.5 steps higher than the coach`,
      `Release managementNot reviewed yet; target 2 Managed${formatDate(
        '2027-09-30',
      )}No team self-rating yet`,
    ]);
    expect(
      bodyRows(
        maturity.getByRole('table', { name: 'Trend of Change management' }),
      ),
    ).toEqual([
      `${formatDate('2026-09-01')}1 Performed`,
      `${formatDate('2026-11-01')}2 Managed`,
    ]);
    expect(
      maturity.getByText(/No published review yet: the level is worked out/),
    ).toBeInTheDocument();
  });

  it('reports the latest published review per process, what is working first', async () => {
    await renderReport(api());
    const reviews = within(await section('Latest reviews'));

    const articles = reviews.getAllByRole('article');
    expect(articles).toHaveLength(1);
    const review = within(
      reviews.getByRole('article', {
        name: `Change management review of ${formatDate('2026-11-01')}`,
      }),
    );
    expect(review.getByText('Level').nextSibling).toHaveTextContent(
      '2 Managed',
    );
    expect(review.getByText('Participants').nextSibling).toHaveTextContent(
      'Priya Change, Sam Service Desk, Omar Member',
    );
    expect(
      review.getByText('Corrects an earlier review: Sam joined the review too'),
    ).toBeInTheDocument();

    const headings = review
      .getAllByRole('heading', { level: 5 })
      .map(h => h.textContent);
    expect(headings).toEqual([
      'Strengths — what is working',
      'Observations',
      'Growth suggestions',
      'Agreed actions',
    ]);
    expect(
      review.getByRole('list', { name: 'Strengths — Change management' }),
    ).toHaveTextContent('The change schedule is shared every Monday');
    expect(
      review.getByRole('list', { name: 'Observations — Change management' }),
    ).toHaveTextContent('Some emergency changes skip the risk field');
    expect(
      review.getByRole('list', {
        name: 'Growth suggestions — Change management',
      }),
    ).toHaveTextContent(
      'Emergency change drill: Walk through one emergency change together each month.',
    );
    expect(
      bodyRows(
        review.getByRole('table', {
          name: 'Agreed actions — Change management',
        }),
      )[0],
    ).toMatch(
      /^Add risk to the emergency change form.*priya\.change.*Every emergency change has a risk rating/,
    );
    expect(
      reviews.getByText('Release management: no published review yet.'),
    ).toBeInTheDocument();
  });

  it('reports criteria not applicable with why, the evidence per rating and recommendations by area', async () => {
    const [, latest] = someReportReviews();
    await renderReport(
      api({
        getMaturityModel: async () => ({
          levels: [],
          ratings: [],
          processes: [aProcessDefinition()],
        }),
        listReviews: async () => ({
          items: [
            {
              ...latest,
              ratings: [
                {
                  criterionId: 'change-1-1',
                  coach: 'F',
                  evidence: [
                    {
                      kind: 'document',
                      note: 'Sampled 20 change records',
                      link: 'https://wiki.example.com/changes',
                    },
                  ],
                },
                {
                  criterionId: 'change-2-3',
                  coach: 'NA',
                  naReason: 'No shared schedule is needed for one team',
                },
                { criterionId: 'change-2-4', coach: 'L' },
              ],
              suggestions: [
                {
                  technique: 'Standard changes',
                  advice: 'Agree two models.',
                  area: 'operations',
                  why: 'Routine changes fill the CAB.',
                  evidence: 'Eight of twelve items were routine.',
                  expectedImprovement: 'The CAB looks at risky changes.',
                },
                { technique: 'Drill', advice: 'Once a month.' },
              ],
            },
          ],
        }),
      }),
    );
    const review = within(
      within(await section('Latest reviews')).getByRole('article'),
    );
    const notes = await review.findByRole('table', {
      name: 'Not applicable and evidence — Change management',
    });
    expect(
      review.getByText(
        '1 of 3 ratings have evidence. Criteria not applicable are left out of the level.',
      ),
    ).toBeInTheDocument();
    const criterionText = (id: string) =>
      aProcessDefinition().criteria.find(c => c.id === id)!.text;
    await within(notes).findByText(
      `${criterionText('change-1-1')} (change-1-1)`,
    );
    expect(bodyRows(notes)).toEqual([
      `${criterionText(
        'change-1-1',
      )} (change-1-1)FullyDocument: Sampled 20 change records https://wiki.example.com/changes (opens in a new tab)`,
      `${criterionText(
        'change-2-3',
      )} (change-2-3)Not applicableWhy: No shared schedule is needed for one team`,
    ]);
    expect(
      review.getAllByRole('heading', { level: 6 }).map(h => h.textContent),
    ).toEqual(['Operations', 'Other suggestions']);
    expect(review.getByRole('list', { name: 'Operations' })).toHaveTextContent(
      'Standard changes: Agree two models.Why: Routine changes fill the CAB.What we saw: Eight of twelve items were routine.Expected improvement: The CAB looks at risky changes.',
    );
  });

  it('lists the action register overdue first, with due dates in words', async () => {
    await renderReport(api());
    const actions = within(await section('Action register'));

    expect(
      actions.getByText('5 actions: 3 open (2 overdue), 1 done, 1 dropped.'),
    ).toBeInTheDocument();
    const rows = bodyRows(
      actions.getByRole('table', { name: 'Action register' }),
    );
    expect(rows[0]).toMatch(
      /^Publish the change calendar.*dana\.sponsor.*3 days overdueOpen, overdue$/,
    );
    expect(rows[1]).toMatch(
      /^Run a post-implementation review.*1 day overdueIn progress, overdue$/,
    );
    expect(rows[2]).toMatch(
      /^Write the CAB terms of reference.*due in 5 daysOpen$/,
    );
    expect(rows[3]).toMatch(/^Define a standard change.*Done$/);
    expect(rows[4]).toMatch(/^Buy a new tool.*Dropped$/);
  });

  it('reports the handover: score, camp, readiness with every blocker, coverage and checklist', async () => {
    await renderReport(api());
    const handover = within(await section('Handover'));

    expect(
      handover.getByText('Knowledge-transfer score').nextSibling,
    ).toHaveTextContent('42.5 % (80 % is needed for the coach to leave)');
    expect(handover.getByText('Summit progress').nextSibling).toHaveTextContent(
      'Base camp, 50 % of the way to the agreed targets; next: Camp 2 at 55 %',
    );
    expect(
      handover.getByText('Readiness for the coach to leave').nextSibling,
    ).toHaveTextContent('Not ready yet: 3 blockers');
    const blockers = handover.getByRole('list', { name: 'Blockers' });
    expect(within(blockers).getAllByRole('listitem')).toHaveLength(3);
    expect(blockers).toHaveTextContent(
      'Knowledge-transfer score is 42.5 %; 80 % is needed',
    );
    expect(
      bodyRows(handover.getByRole('table', { name: 'Coverage per process' })),
    ).toEqual([expect.stringMatching(/^Change managementAt risk.*priya/)]);
    expect(
      handover.getByText(
        /1 of 4 items verified by the coach; 1 demonstrated by the team/,
      ),
    ).toBeInTheDocument();
    const checklist = bodyRows(
      handover.getByRole('table', { name: 'Handover checklist' }),
    );
    expect(checklist).toHaveLength(4);
    expect(checklist[0]).toBe(
      'A named process owner has accepted ownership of Change management (Change management)OwnershipCriticalNot started—',
    );
    expect(checklist[1]).toMatch(
      /Verified by the coachMinutes of the board of 12 November$/,
    );
  });

  it('reports the phase history oldest first, forward and back', async () => {
    await renderReport(api());
    const history = within(await section('Phase history'));

    const rows = bodyRows(
      history.getByRole('table', { name: 'Phase history' }),
    );
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/Moved forward: Establish → Implement.*priya/);
    expect(rows[2]).toMatch(
      /Moved back: Review → Implement.*Release management needs another round$/,
    );
    expect(rows[3]).toMatch(/Moved forward: Implement → Review/);
  });

  it('says what happens next when nothing is decided, published or moved yet', async () => {
    await renderReport(mockCsipApi(emptyReportApiStubs()));

    expect((await section('The programme')).textContent).toMatch(
      /Not decided yet: answer the readiness questions/,
    );
    expect(screen.getByText(/No vision recorded yet/)).toBeInTheDocument();
    expect(
      screen.getByText(/No business drivers recorded yet/),
    ).toBeInTheDocument();
    expect(
      bodyRows(screen.getByRole('table', { name: 'Members by role' })),
    ).toEqual([
      'SponsorNobody yet',
      'CoachNobody yet',
      'LeadNobody yet',
      'MemberNobody yet',
    ]);
    expect(screen.getByText(/^No scope published yet/)).toBeInTheDocument();
    expect(
      screen.getByText(/^No processes in scope yet: publish a scope/),
    ).toBeInTheDocument();
    expect(
      within(await section('Latest reviews')).getByText(
        /^No published reviews yet/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^No actions yet/)).toBeInTheDocument();
    expect(
      within(await section('Handover')).getByRole('list', { name: 'Blockers' }),
    ).toHaveTextContent(
      'No processes are in scope yet: publish and agree a scope first',
    );
    expect(screen.getByText(/^No checklist items yet/)).toBeInTheDocument();
    expect(screen.getByText(/^No phase changes yet/)).toBeInTheDocument();
  });

  it('prints with the browser’s Print and links back to the programme', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => {});
    try {
      await renderReport(api());
      const user = userEvent.setup({ delay: null });
      await section('Handover');

      expect(
        screen.getByRole('link', { name: 'Back to the programme' }),
      ).toHaveAttribute('href', '/csip/programmes/p1');
      await user.click(screen.getByRole('button', { name: 'Print' }));
      expect(print).toHaveBeenCalledTimes(1);
      expect(screen.getAllByRole('button')).toHaveLength(1);
    } finally {
      print.mockRestore();
    }
  });

  it('still reports the other parts when one cannot be loaded', async () => {
    await renderReport(
      api({
        getHandover: async () => {
          throw aLoadError(500, 'Error', 'The database is resting');
        },
      }),
    );
    expect(
      within(await section('Handover')).getByText(
        'Could not load the handover: The database is resting',
      ),
    ).toBeInTheDocument();
    expect(
      within(await section('Scope')).getByText('Agreed by every approver'),
    ).toBeInTheDocument();
  });

  it('explains why the report cannot be shown when the programme cannot be loaded', async () => {
    await renderReport(
      api({
        getProgramme: async () => {
          throw aLoadError(404, 'NotFoundError', 'No programme p1');
        },
      }),
    );
    expect(
      await screen.findByText(/Could not load the report/),
    ).toBeInTheDocument();
  });
});
