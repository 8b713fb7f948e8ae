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

  it('shows N/A with its reason, the evidence under each rating and the recommendations by action area', async () => {
    const base = aSecondPublishedReview();
    const process = aProcessDefinition();
    const text = (id: string) => process.criteria.find(c => c.id === id)!.text;
    await renderView({
      review: aSecondPublishedReview({
        ratings: base.ratings.map(r => {
          if (r.criterionId === 'change-2-3') {
            return {
              criterionId: r.criterionId,
              coach: 'NA',
              naReason: 'The team has no change schedule to share',
            };
          }
          if (r.criterionId === 'change-2-2') {
            return {
              ...r,
              evidence: [
                { kind: 'interview', note: 'Asked the CAB chair' },
                {
                  kind: 'document',
                  note: 'Risk checklist',
                  link: 'https://wiki.example.com/risk',
                },
              ],
            };
          }
          return r;
        }),
        suggestions: [
          { technique: 'Peer review', advice: 'Pair on RFCs' },
          {
            technique: 'Success rate',
            advice: 'Chart it monthly',
            area: 'targets-measures',
            why: 'The team wants to see progress',
            evidence: 'Outcomes are recorded but not added up',
            expectedImprovement: 'A baseline for level 4',
          },
          {
            technique: 'Tell service owners',
            advice: 'Send the schedule',
            area: 'customer-experience',
          },
        ],
      }),
    });

    const ratings = within(
      screen.getByRole('region', { name: 'Ratings by level' }),
    );
    expect(
      ratings.getByText(
        '1 of 8 ratings have evidence. 1 criterion is not applicable and left out of the level.',
      ),
    ).toBeInTheDocument();
    const level2 = within(
      ratings.getByRole('table', { name: 'Level 2 Managed' }),
    );
    expect(
      level2.getByRole('row', {
        name: new RegExp(text('change-2-3').slice(0, 30)),
      }),
    ).toHaveTextContent(
      'Not applicableWhy: The team has no change schedule to share',
    );
    const evidence = within(
      level2.getByRole('list', { name: `Evidence for ${text('change-2-2')}` }),
    );
    expect(
      evidence.getAllByRole('listitem').map(item => item.textContent),
    ).toEqual([
      'Interview: Asked the CAB chair',
      'Document: Risk checklist https://wiki.example.com/risk (opens in a new tab)',
    ]);
    const link = evidence.getByRole('link', {
      name: /^https:\/\/wiki\.example\.com\/risk\s?\(opens in a new tab\)$/,
    });
    expect(link).toHaveAttribute('href', 'https://wiki.example.com/risk');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    const suggestions = within(
      screen.getByRole('region', { name: 'Growth suggestions' }),
    );
    expect(
      suggestions.getAllByRole('heading', { level: 5 }).map(h => h.textContent),
    ).toEqual([
      'Customer experience',
      'Targets & measures aligned to outcomes',
      'Other suggestions',
    ]);
    expect(
      suggestions.getByRole('list', {
        name: 'Targets & measures aligned to outcomes',
      }),
    ).toHaveTextContent(
      'Success rate: Chart it monthlyWhy: The team wants to see progressWhat we saw: Outcomes are recorded but not added upExpected improvement: A baseline for level 4',
    );
    expect(
      suggestions.getByRole('list', { name: 'Other suggestions' }),
    ).toHaveTextContent('Peer review: Pair on RFCs');
  });
});
