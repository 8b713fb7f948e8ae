import { render, screen } from '@testing-library/react';
import { ActionStatusChip } from './ActionStatusChip';

describe('ActionStatusChip', () => {
  it.each([
    ['open', 'Open'],
    ['in-progress', 'In progress'],
    ['done', 'Done'],
    ['dropped', 'Dropped'],
  ] as const)('names the status %s in words', (status, words) => {
    render(<ActionStatusChip action={{ status, overdue: false }} />);
    expect(screen.getByText(words)).toBeInTheDocument();
    expect(screen.queryByText('Overdue')).toBeNull();
  });

  it('marks an overdue action in words as well as the status', () => {
    render(<ActionStatusChip action={{ status: 'open', overdue: true }} />);
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.getByText('Overdue')).toBeInTheDocument();
  });
});
