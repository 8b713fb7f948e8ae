import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  aDraftReview,
  aProcessDefinition,
  aPublishedReview,
  aSecondPublishedReview,
} from '../../../__testUtils__/reviewsTabFixtures';
import { ReviewView, type ReviewViewProps } from './ReviewView';

function renderView(props: Partial<ReviewViewProps> = {}) {
  return renderInTestApp(
    <ReviewView
      review={aSecondPublishedReview()}
      previous={aPublishedReview()}
      process={aProcessDefinition()}
      canAmend={false}
      onAmend={jest.fn()}
      {...props}
    />,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
      initialRouteEntries: ['/programmes/p1?tab=reviews&review=r2'],
    },
  );
}

const fact = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

const follows = (a: HTMLElement, b: HTMLElement) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('ReviewView', () => {
  it('shows the facts, then what is working before the observations, ratings, suggestions, actions and changes', async () => {
    await renderView();

    expect(
      screen.getByRole('heading', { name: /^Change management review of/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Published')).toBeInTheDocument();
    expect(fact('Level')).toBe('Level 2 Managed');
    expect(fact('Led by')).toBe('Co-led by coach and team');
    expect(fact('Author')).toMatch(/alex\.coach/);
    expect(fact('Published on')).toMatch(/2026/);
    expect(fact('Evidence')).toBe('Interview, Document');
    expect(fact('Participants')).toBe('Priya Change, Sam Service Desk');

    const headings = [
      'Strengths — what is working',
      'Observations',
      'Ratings by level',
      'Growth suggestions',
      'Agreed actions',
      'What changed since the last review',
    ].map(name => screen.getByRole('heading', { name }));
    headings.slice(1).forEach((heading, i) => {
      expect(follows(headings[i], heading)).toBe(true);
    });

    expect(
      within(
        screen.getByRole('list', { name: 'Strengths — what is working' }),
      ).getAllByRole('listitem'),
    ).toHaveLength(2);
    expect(
      screen.getByText('Some emergency changes skip the risk field'),
    ).toBeInTheDocument();

    const level2 = screen.getByRole('table', { name: 'Level 2 Managed' });
    const rfc = within(level2).getByRole('row', { name: /change-2-2/ });
    expect(
      within(rfc)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      expect.stringMatching(/risk and impact assessment/),
      'Largely',
      'Fully',
    ]);
    expect(
      screen.getByText(/Not rated in this review: level 3 Established/),
    ).toBeInTheDocument();

    expect(screen.getByText('Risk checklist:')).toBeInTheDocument();
    const actions = screen.getByRole('table', { name: 'Agreed actions' });
    expect(actions).toHaveTextContent('Add a risk field to the change form');
    expect(actions).toHaveTextContent('priya.change');
    expect(actions).toHaveTextContent('Every new change has a risk rating');

    expect(
      screen.getByText('Level 1 Performed → 2 Managed'),
    ).toBeInTheDocument();
  });

  it('offers Amend only when the user may amend', async () => {
    const onAmend = jest.fn();
    await renderView({ canAmend: true, onAmend });
    await userEvent.click(screen.getByRole('button', { name: 'Amend' }));
    expect(onAmend).toHaveBeenCalledTimes(1);
  });

  it('offers no Amend to others', async () => {
    await renderView({ canAmend: false });
    expect(screen.queryByRole('button', { name: 'Amend' })).toBeNull();
  });

  it('shows Amend disabled with the reason when one is given', async () => {
    const onAmend = jest.fn();
    await renderView({
      canAmend: false,
      amendNotAllowedReason: 'Only the programme’s coaches record reviews',
      onAmend,
    });
    const amend = screen.getByRole('button', { name: 'Amend' });
    expect(amend).toBeDisabled();
    expect(amend).toHaveAccessibleDescription(
      'Only the programme’s coaches record reviews.',
    );
    expect(
      screen.getByText('Only the programme’s coaches record reviews.'),
    ).toBeVisible();
  });

  it('gives no reason to amend a draft or an amended review', async () => {
    await renderView({
      review: aSecondPublishedReview({ amendedBy: 'r4' }),
      canAmend: false,
      amendNotAllowedReason: 'Only the programme’s coaches record reviews',
    });
    expect(screen.queryByRole('button', { name: 'Amend' })).toBeNull();
    expect(screen.queryByText(/Only the programme’s coaches/)).toBeNull();
  });

  it('links an amended review to its correction and offers no second amendment', async () => {
    await renderView({
      review: aSecondPublishedReview({ amendedBy: 'r4' }),
      canAmend: true,
    });
    expect(screen.queryByRole('button', { name: 'Amend' })).toBeNull();
    expect(
      screen.getByText(/Corrected by a later amendment/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the amendment' }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/\?tab=reviews&review=r4$/),
    );
  });

  it('says what an amendment corrects and why, and the acknowledged wording findings', async () => {
    await renderView({
      review: aSecondPublishedReview({
        id: 'r4',
        amends: 'r2',
        amendmentReason: 'The schedule criterion was rated twice',
        toneAcknowledged: true,
        toneFindings: [
          {
            field: 'strengths.0',
            start: 0,
            end: 5,
            phrase: 'Every',
            category: 'absolute',
            suggestion: 'Most',
          },
          {
            field: 'observations.0',
            start: 0,
            end: 4,
            phrase: 'Some',
            category: 'absolute',
            suggestion: 'A few',
          },
        ],
      }),
      amended: aSecondPublishedReview(),
    });
    expect(
      screen.getByText(
        /Amends the review of .*2026: The schedule criterion was rated twice/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the original review' }),
    ).toHaveAttribute('href', expect.stringMatching(/review=r2$/));
    expect(
      screen.getByText(
        'Published with 2 wording findings acknowledged by the coach.',
      ),
    ).toBeInTheDocument();
  });

  it('marks a draft as not yet published', async () => {
    await renderView({ review: aDraftReview(), previous: undefined });
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(
      screen.getByText(/Draft: the coach is still writing/),
    ).toBeInTheDocument();
    expect(fact('Level')).toBe('Worked out when the review is published');
    expect(fact('Published on')).toBe('Not yet published');
    expect(screen.getByText('No strengths recorded.')).toBeInTheDocument();
    expect(screen.getByText('No criterion is rated yet.')).toBeInTheDocument();
    expect(screen.getByText('No actions were agreed.')).toBeInTheDocument();
  });
});
