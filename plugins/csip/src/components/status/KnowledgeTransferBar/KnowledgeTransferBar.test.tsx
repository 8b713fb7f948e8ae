import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { KnowledgeTransferBar } from './KnowledgeTransferBar';

describe('KnowledgeTransferBar', () => {
  it('is a labelled progress bar saying the score and what is needed', async () => {
    await renderInTestApp(<KnowledgeTransferBar score={42.5} compact />);
    const bar = screen.getByRole('progressbar', {
      name: 'Knowledge-transfer score',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '43');
    expect(bar).toHaveAttribute(
      'aria-valuetext',
      '42.5 %; 80 % is needed for the coach to leave',
    );
  });

  it('keeps the bar within 0–100 %', async () => {
    await renderInTestApp(<KnowledgeTransferBar score={120} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
  });
});
