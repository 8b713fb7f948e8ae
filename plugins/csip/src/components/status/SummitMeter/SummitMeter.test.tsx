import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { SummitMeter } from './SummitMeter';

/** Each camp of the drawing and whether it is reached. */
function camps(container: ParentNode) {
  return Array.from(container.querySelectorAll('[data-camp]')).map(camp => [
    camp.getAttribute('data-camp'),
    camp.getAttribute('data-reached') === 'true',
  ]);
}

describe('SummitMeter', () => {
  it('fills the camps reached and is named by its label', async () => {
    await renderInTestApp(
      <SummitMeter percent={60} label="Summit progress 60 %, Camp 2" />,
    );
    const meter = screen.getByRole('img', {
      name: 'Summit progress 60 %, Camp 2',
    });
    expect(meter).toHaveTextContent('');
    expect(camps(meter)).toEqual([
      ['base-camp', true],
      ['camp-2', true],
      ['camp-3', false],
      ['summit', false],
    ]);
  });

  it('is hidden from screen readers without a label, the words beside it saying the same', async () => {
    await renderInTestApp(
      <p>
        Start <SummitMeter percent={10} />
      </p>,
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    const drawing = document.querySelector('svg')!;
    expect(drawing).toHaveAttribute('aria-hidden', 'true');
    expect(camps(drawing).every(([, reached]) => !reached)).toBe(true);
  });

  it('reaches the summit at 100 % and stays within the track above it', async () => {
    await renderInTestApp(<SummitMeter percent={120} label="Summit" />);
    expect(
      camps(screen.getByRole('img', { name: 'Summit' })).map(
        ([, reached]) => reached,
      ),
    ).toEqual([true, true, true, true]);
  });
});
