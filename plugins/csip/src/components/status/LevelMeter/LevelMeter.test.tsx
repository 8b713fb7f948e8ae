import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { LevelMeter } from './LevelMeter';

/** Each segment of the meter: its level, whether filled, whether target. */
function segments() {
  return Array.from(
    screen.getByTestId('level-meter').querySelectorAll('[data-level]'),
  ).map(segment => [
    Number(segment.getAttribute('data-level')),
    segment.getAttribute('data-filled') === 'true',
    segment.hasAttribute('data-target'),
  ]);
}

describe('LevelMeter', () => {
  it('fills the levels reached, marks the target and says it in words', async () => {
    await renderInTestApp(
      <LevelMeter level={2} target={3} label="Change: 2 of 3" />,
    );
    expect(segments()).toEqual([
      [1, true, false],
      [2, true, false],
      [3, false, true],
      [4, false, false],
      [5, false, false],
    ]);
    const words = screen.getByText('Change: 2 of 3');
    expect(words).toBeInTheDocument();
    expect(words.parentElement).toHaveAttribute('title', 'Change: 2 of 3');
    expect(screen.getByTestId('level-meter')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
  });

  it('fills nothing before a review and marks no target when there is none', async () => {
    await renderInTestApp(<LevelMeter level={null} target={null} />);
    expect(segments().filter(([, filled]) => filled)).toEqual([]);
    expect(segments().filter(([, , target]) => target)).toEqual([]);
    expect(screen.getByText('Not reviewed yet')).toBeInTheDocument();
  });

  it('keeps the target marked once reached, and says so by default', async () => {
    await renderInTestApp(<LevelMeter level={4} target={3} />);
    expect(segments()).toEqual([
      [1, true, false],
      [2, true, false],
      [3, true, true],
      [4, true, false],
      [5, false, false],
    ]);
    expect(screen.getByText(/target 3 .* reached$/)).toBeInTheDocument();
  });
});
