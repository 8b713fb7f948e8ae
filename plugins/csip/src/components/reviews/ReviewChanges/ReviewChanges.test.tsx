import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import {
  aDraftReview,
  aProcessDefinition,
  aPublishedReview,
  aSecondPublishedReview,
} from '../../../__testUtils__/reviewsTabFixtures';
import { ReviewChanges } from './ReviewChanges';

describe('ReviewChanges', () => {
  it('lists each change with its direction in words', async () => {
    await renderInTestApp(
      <ReviewChanges
        previous={aPublishedReview()}
        review={aSecondPublishedReview()}
        process={aProcessDefinition()}
      />,
    );
    const list = screen.getByRole('list', {
      name: 'What changed since the last review',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Up: Level 1 Performed → 2 Managed');
    expect(items[1]).toHaveTextContent(
      'Changed: Led by the coach → coach and team',
    );
    expect(list).toHaveTextContent(
      /Up: Each request for change \(RFC\).*\(change-2-1\): Partly → Fully/,
    );
    expect(list).toHaveTextContent(
      'Added: New strength: The change schedule is shared every Monday',
    );
    expect(
      screen.getByText(/Compared with the published review of/),
    ).toBeInTheDocument();
  });

  it('says when this is the first published review of the process', async () => {
    await renderInTestApp(
      <ReviewChanges
        review={aPublishedReview()}
        process={aProcessDefinition()}
      />,
    );
    expect(
      screen.getByText(
        /This is the first published review of Change management/,
      ),
    ).toBeInTheDocument();
  });

  it('says when a draft has nothing published to compare with', async () => {
    await renderInTestApp(
      <ReviewChanges review={aDraftReview()} process={aProcessDefinition()} />,
    );
    expect(
      screen.getByText(/no published review of Change management yet/),
    ).toBeInTheDocument();
  });

  it('says when nothing changed', async () => {
    await renderInTestApp(
      <ReviewChanges
        previous={aPublishedReview()}
        review={aPublishedReview({ id: 'r9', date: '2026-10-01' })}
        process={aProcessDefinition()}
      />,
    );
    expect(screen.getByText(/^Nothing changed/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
