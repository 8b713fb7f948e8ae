import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  freshProgrammeId,
  policyDenying,
} from '../../../__testUtils__/permissionFixtures';
import {
  aDraftReview,
  aLoadError,
  aMaturityModel,
  aMaturityView,
  aProcessMaturity,
  aPublishedReview,
  aSecondPublishedReview,
  anUnreviewedProcessMaturity,
} from '../../../__testUtils__/reviewsTabFixtures';
import { anAction } from '../../../__testUtils__/actionFixtures';
import { aFollowUp } from '../../../__testUtils__/coachingFixtures';
import {
  anAdviceEntry,
  aReviewComment,
} from '../../../__testUtils__/reviewCoachingFixtures';
import { formatDate } from '../../../util/formatDate';
import { ReviewsTab } from './ReviewsTab';

const COACH = 'user:default/alex.coach';
const SPONSOR = 'user:default/dana.sponsor';
const LEAD = 'user:default/priya.change';

const reviews = () => [
  aDraftReview(),
  aSecondPublishedReview(),
  aPublishedReview(),
];

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    getMaturityModel: async () => aMaturityModel(),
    getMaturity: async () =>
      aMaturityView([
        anUnreviewedProcessMaturity(),
        aProcessMaturity({ drafts: 1 }),
      ]),
    listReviews: async () => ({ items: reviews() }),
    getReview: async id => {
      const review = reviews().find(r => r.id === id);
      if (!review) throw aLoadError(404, 'NotFoundError', `No review ${id}`);
      return review;
    },
    listFollowUps: async () => ({ items: [] }),
    listActions: async () => ({ items: [] }),
    listAdvice: async () => ({ items: [] }),
    listReviewComments: async () => ({ items: [] }),
    ...overrides,
  });

/** Shows the query of the current URL, to check what a link would share. */
const Query = () => <output aria-label="Query">{useLocation().search}</output>;

function renderTab(
  csipApi: CsipApi,
  {
    userEntityRef = COACH,
    query = '?tab=reviews',
    programmeId = 'p1',
    permissionApi = mockApis.permission(),
  }: {
    userEntityRef?: string;
    query?: string;
    programmeId?: string;
    permissionApi?: ReturnType<typeof mockApis.permission>;
  } = {},
) {
  return renderInTestApp(
    <>
      <ReviewsTab programme={aProgramme({ id: programmeId })} />
      <Query />
    </>,
    {
      apis: [
        [csipApiRef, csipApi],
        mockApis.identity({ userEntityRef }),
        permissionApi,
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
      initialRouteEntries: [`/programmes/p1${query}`],
    },
  );
}

function today() {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(
    now.getDate(),
  )}`;
}

const follows = (a: HTMLElement, b: HTMLElement) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('ReviewsTab', () => {
  it('shows each process, in-scope first, and every review newest first', async () => {
    await renderTab(api());

    expect(
      await screen.findByRole('heading', { name: 'Maturity reviews' }),
    ).toBeInTheDocument();
    const change = screen.getByRole('region', { name: 'Change management' });
    const release = screen.getByRole('region', { name: 'Release management' });
    expect(follows(change, release)).toBe(true);
    expect(change).toHaveTextContent(
      'Level 2 Managed, target 3 Established: 1 level to go',
    );
    expect(change).toHaveTextContent('1 draft in progress');
    expect(release).toHaveTextContent('Not reviewed yet');

    const table = screen.getByRole('table', { name: 'All reviews' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[2].textContent),
    ).toEqual(['Draft', 'Published', 'Published']);
    expect(rows[1]).toHaveTextContent('2 Managed');
    expect(rows[1]).toHaveTextContent('Co-led by coach and team');
    expect(rows[2]).toHaveTextContent('1 Performed');
    expect(rows[0]).toHaveTextContent('Set when published');
    expect(
      within(rows[1]).getByRole('link', {
        name: /^Open the Change management review of/,
      }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/\?tab=reviews&review=r2$/),
    );
  });

  it('marks amended reviews and amendments in the list', async () => {
    await renderTab(
      api({
        listReviews: async () => ({
          items: [
            aSecondPublishedReview({ id: 'r4', amends: 'r2' }),
            aSecondPublishedReview({ amendedBy: 'r4' }),
          ],
        }),
      }),
    );
    const table = await screen.findByRole('table', { name: 'All reviews' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[6].textContent),
    ).toEqual(expect.arrayContaining(['Amendment', 'Amended']));
  });

  it('explains reviews and how to start one when there are none', async () => {
    await renderTab(
      api({
        getMaturity: async () =>
          aMaturityView([
            aProcessMaturity({
              level: null,
              trend: [],
              trendTotal: 0,
              lastReview: undefined,
              calibrationGap: null,
            }),
          ]),
        listReviews: async () => ({ items: [] }),
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'No reviews yet' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/A maturity review is a coaching conversation/),
    ).toBeInTheDocument();
    expect(screen.getByText(/choose “Start a review”/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Start a review of Change management',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('No published reviews yet')).toBeInTheDocument();
  });

  it('lets a coach start a review, which opens the new draft', async () => {
    const draft = aDraftReview({ id: 'r9', date: today() });
    const csipApi = api({
      createReview: async () => draft,
      getReview: async () => draft,
    });
    await renderTab(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(
      await screen.findByRole('button', {
        name: 'Start a review of Change management',
      }),
    );

    await waitFor(() =>
      expect(csipApi.createReview).toHaveBeenCalledWith(
        'p1',
        expect.objectContaining({ process: 'change', date: today() }),
      ),
    );
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Query' })).toHaveTextContent(
        '?tab=reviews&review=r9',
      ),
    );
    expect(csipApi.getReview).toHaveBeenCalledWith('r9');
    expect(
      await screen.findByRole('heading', {
        name: 'Review of Change management (draft)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Date of the review/)).toHaveValue(today());
    expect(
      screen.getByRole('link', { name: 'Back to all reviews' }),
    ).toBeInTheDocument();
    expect(csipApi.listReviews).toHaveBeenCalledTimes(2);
  });

  it('shows why a review could not be started', async () => {
    await renderTab(
      api({
        createReview: async () => {
          throw aResponseError(
            403,
            'NotAllowedError',
            'Only a coach of the programme may start a review',
          );
        },
      }),
    );
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Start a review of Release management',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The review was not started: Only a coach of the programme may start a review',
    );
  });

  it('tells someone who is not a coach why they cannot start a review', async () => {
    await renderTab(api(), { userEntityRef: SPONSOR });
    await screen.findByRole('heading', { name: 'Maturity reviews' });
    const starts = screen.getAllByRole('button', { name: /Start a review/ });
    expect(starts).toHaveLength(2);
    for (const start of starts) {
      expect(start).toBeDisabled();
      expect(start).toHaveAccessibleDescription(
        'Only the programme’s coaches record reviews.',
      );
    }
  });

  it('tells a coach when the portal’s policy does not let them write reviews', async () => {
    const programmeId = freshProgrammeId();
    await renderTab(api(), {
      programmeId,
      permissionApi: policyDenying('csip.review.write'),
      query: '?tab=reviews&review=r3',
    });
    const reason =
      'Your portal’s permission policy does not allow you to write, publish or amend reviews';
    expect(
      await screen.findByText(/Draft: the coach is still writing/),
    ).toBeInTheDocument();
    expect(screen.getByText(`Read only: ${reason}.`)).toBeInTheDocument();
    expect(screen.queryByLabelText(/Date of the review/)).toBeNull();

    await userEvent.click(
      screen.getByRole('link', { name: 'Back to all reviews' }),
    );
    const [start] = await screen.findAllByRole('button', {
      name: /Start a review/,
    });
    expect(start).toBeDisabled();
    expect(start).toHaveAccessibleDescription(`${reason}.`);
  });

  it('opens a published review with what is working first and what changed', async () => {
    await renderTab(api(), { userEntityRef: SPONSOR });
    const user = userEvent.setup({ delay: null });
    const table = await screen.findByRole('table', { name: 'All reviews' });
    const rows = within(table).getAllByRole('row');
    await user.click(
      within(rows[2]).getByRole('link', {
        name: /^Open the Change management/,
      }),
    );

    expect(
      await screen.findByRole('heading', {
        name: /^Change management review of/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Query' })).toHaveTextContent(
      '?tab=reviews&review=r2',
    );
    expect(
      follows(
        screen.getByRole('heading', { name: 'Strengths — what is working' }),
        screen.getByRole('heading', { name: 'Observations' }),
      ),
    ).toBe(true);
    expect(
      screen.getByText('Level 1 Performed → 2 Managed'),
    ).toBeInTheDocument();
    const amend = screen.getByRole('button', { name: 'Amend' });
    expect(amend).toBeDisabled();
    expect(amend).toHaveAccessibleDescription(
      'Only the programme’s coaches record reviews.',
    );

    await user.click(screen.getByRole('link', { name: 'Back to all reviews' }));
    expect(
      await screen.findByRole('heading', { name: 'Maturity reviews' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Query' })).toHaveTextContent(
      /^\?tab=reviews$/,
    );
  });

  it('lets a coach publish a draft, then shows the published review', async () => {
    let current = aDraftReview();
    const published = aDraftReview({
      state: 'published',
      version: 2,
      level: 0,
      publishedAt: '2026-11-24T10:00:00.000Z',
    });
    const csipApi = api({
      getReview: async () => current,
      publishReview: async () => {
        current = published;
        return published;
      },
    });
    await renderTab(csipApi, { query: '?tab=reviews&review=r3' });
    const user = userEvent.setup({ delay: null });

    await user.click(
      within(
        await screen.findByRole('region', {
          name: 'Review of Change management (draft)',
        }),
      ).getByRole('button', { name: 'Publish' }),
    );

    await waitFor(() =>
      expect(csipApi.publishReview).toHaveBeenCalledWith('r3', {
        acknowledgeTone: false,
        version: 1,
      }),
    );
    expect(
      await screen.findByText(/^Published the Change management review of/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', {
        name: /^Change management review of/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Published')).toBeInTheDocument();
    expect(csipApi.listReviews).toHaveBeenCalledTimes(2);
    expect(csipApi.getMaturity).toHaveBeenCalledTimes(2);
  });

  it('lets a coach amend a published review opened from a link', async () => {
    const amendment = aSecondPublishedReview({
      id: 'r4',
      amends: 'r2',
      amendmentReason: 'A rating was entered twice',
    });
    const csipApi = api({
      getReview: async id =>
        id === 'r4' ? amendment : aSecondPublishedReview(),
      amendReview: async () => amendment,
    });
    await renderTab(csipApi, { query: '?tab=reviews&review=r2' });
    const user = userEvent.setup({ delay: null });

    await user.click(await screen.findByRole('button', { name: 'Amend' }));
    const editor = await screen.findByRole('region', {
      name: /^Amend the review of Change management/,
    });
    await user.click(within(editor).getByLabelText(/Reason for the amendment/));
    await user.paste('A rating was entered twice');
    await user.click(
      within(editor).getByRole('button', { name: 'Publish amendment' }),
    );

    await waitFor(() =>
      expect(csipApi.amendReview).toHaveBeenCalledWith(
        'r2',
        expect.objectContaining({
          process: 'change',
          reason: 'A rating was entered twice',
        }),
      ),
    );
    expect(
      await screen.findByText(/^Published the amendment/),
    ).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Query' })).toHaveTextContent(
      '?tab=reviews&review=r4',
    );
    expect(
      await screen.findByText(
        /Amends the review of .*: A rating was entered twice/,
      ),
    ).toBeInTheDocument();
  });

  it('lets a coach cancel an amendment', async () => {
    await renderTab(api(), { query: '?tab=reviews&review=r2' });
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Amend' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(
      await screen.findByRole('button', { name: 'Amend' }),
    ).toBeInTheDocument();
  });

  it('compares the first review with nothing', async () => {
    await renderTab(api(), { query: '?tab=reviews&review=r1' });
    expect(
      await screen.findByText(
        /This is the first published review of Change management/,
      ),
    ).toBeInTheDocument();
  });

  it('shows a draft read-only to someone who is not a coach', async () => {
    await renderTab(api(), {
      userEntityRef: SPONSOR,
      query: '?tab=reviews&review=r3',
    });
    expect(
      await screen.findByText(/Draft: the coach is still writing/),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/Date of the review/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
    expect(
      screen.getByText(
        'Read only: Only the programme’s coaches record reviews.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the server’s message when the reviews cannot be loaded', async () => {
    await renderTab(
      api({
        listReviews: async () => {
          throw aLoadError(500, 'Error', 'The database is unavailable');
        },
      }),
    );
    expect(
      await screen.findByText(/Could not load the reviews/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/The database is unavailable/)[0],
    ).toBeInTheDocument();
  });

  it('says when a linked review does not exist', async () => {
    await renderTab(api(), { query: '?tab=reviews&review=nope' });
    expect(
      await screen.findByText(/Could not load the review/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/No review nope/)[0]).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to all reviews' }),
    ).toBeInTheDocument();
  });

  it('lets a lead start a review, which is led by the team', async () => {
    const draft = aDraftReview({ id: 'r9', date: today(), ledBy: 'team' });
    const csipApi = api({
      createReview: async () => draft,
      getReview: async () => draft,
    });
    await renderTab(csipApi, { userEntityRef: LEAD });
    const user = userEvent.setup({ delay: null });

    await user.click(
      await screen.findByRole('button', {
        name: 'Start a review of Change management',
      }),
    );
    await waitFor(() =>
      expect(csipApi.createReview).toHaveBeenCalledWith(
        'p1',
        expect.objectContaining({
          process: 'change',
          date: today(),
          ledBy: 'team',
        }),
      ),
    );

    // The lead edits the team-led draft, but cannot make it coach-led or co-led.
    const ledBy = await screen.findByRole('radiogroup', {
      name: 'Who led it',
    });
    expect(
      within(ledBy).getByRole('radio', { name: 'Led by the team' }),
    ).toBeChecked();
    for (const name of ['Led by the coach', 'Co-led by coach and team']) {
      const radio = within(ledBy).getByRole('radio', { name });
      expect(radio).toBeDisabled();
      expect(radio).toHaveAccessibleDescription(
        'Led by the coach, Co-led by coach and team: Only the programme’s coaches record reviews.',
      );
    }
    expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled();
  });

  it('shows a lead a coach-led draft read-only, saying why', async () => {
    await renderTab(api(), {
      userEntityRef: LEAD,
      query: '?tab=reviews&review=r3',
    });
    expect(
      await screen.findByText(/Draft: the coach is still writing/),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/Date of the review/)).toBeNull();
    expect(
      screen.getByText(
        'Read only: Only the programme’s coaches record reviews.',
      ),
    ).toBeInTheDocument();
  });

  it('lets a coach choose any way of leading a review', async () => {
    await renderTab(api(), { query: '?tab=reviews&review=r3' });
    const ledBy = await screen.findByRole('radiogroup', {
      name: 'Who led it',
    });
    for (const radio of within(ledBy).getAllByRole('radio')) {
      expect(radio).toBeEnabled();
    }
  });
  describe('coaching between reviews', () => {
    it('opens a draft with the open commitments and the last review’s actions', async () => {
      await renderTab(
        api({
          listFollowUps: async () => ({
            items: [aFollowUp({ text: 'Try the risk checklist' })],
          }),
          listActions: async () => ({
            items: [
              anAction({
                description: 'Add a risk field',
                status: 'done',
                source: { type: 'review', reviewId: 'r2', process: 'change' },
              }),
            ],
          }),
        }),
        { query: '?tab=reviews&review=r3' },
      );
      const panel = await screen.findByRole('region', {
        name: 'Since the last review',
      });
      expect(
        await within(panel).findByText(/^Try the risk checklist/),
      ).toBeInTheDocument();
      const actions = within(panel).getByRole('table', {
        name: `Actions from the review of ${formatDate('2026-11-01')}`,
      });
      expect(actions).toHaveTextContent('Add a risk field');
      expect(actions).toHaveTextContent('Done');
      expect(
        follows(panel, screen.getByRole('radiogroup', { name: 'Who led it' })),
      ).toBe(true);
    });

    it('shows the team’s response to each suggestion and the comments on a published review', async () => {
      const csipApi = api({
        listAdvice: async () => ({
          items: [anAdviceEntry({ reviewId: 'r2', date: '2026-11-01' })],
        }),
        listReviewComments: async () => ({
          items: [aReviewComment({ reviewId: 'r2' })],
        }),
      });
      await renderTab(csipApi, {
        userEntityRef: LEAD,
        query: '?tab=reviews&review=r2',
      });
      const suggestions = await screen.findByRole('region', {
        name: 'Growth suggestions',
      });
      expect(
        await within(suggestions).findByText('No response yet'),
      ).toBeInTheDocument();
      const comments = screen.getByRole('region', { name: 'Comments' });
      expect(
        await within(comments).findByText(
          'The team ran this review well: the evidence is clear.',
        ),
      ).toBeInTheDocument();
      expect(csipApi.listReviewComments).toHaveBeenCalledWith('r2');
      await userEvent.click(
        within(suggestions).getByRole('button', {
          name: 'Respond to Risk checklist',
        }),
      );
      expect(
        screen.getByRole('dialog', { name: 'Respond to “Risk checklist”' }),
      ).toBeInTheDocument();
    });

    it('tells a lead that the reviews they start are led by the team', async () => {
      await renderTab(api(), { userEntityRef: LEAD });
      expect(
        await screen.findByText(
          /^As a lead, you start reviews led by the team/,
        ),
      ).toBeInTheDocument();
      const [start] = screen.getAllByRole('button', { name: /Start a review/ });
      expect(start).toBeEnabled();
    });

    it('keeps the advice log under the list of reviews', async () => {
      await renderTab(api());
      const log = await screen.findByRole('region', { name: 'Advice log' });
      expect(
        follows(screen.getByRole('table', { name: 'All reviews' }), log),
      ).toBe(true);
      expect(
        await within(log).findByText(/^No growth suggestions yet/),
      ).toBeInTheDocument();
      expect(screen.queryByText(/^As a lead, you start reviews/)).toBeNull();
    });
  });
});
