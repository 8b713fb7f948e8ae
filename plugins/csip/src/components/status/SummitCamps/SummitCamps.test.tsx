import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { describeSummitInShort } from './describeCamp';
import { SummitCamps } from './SummitCamps';

describe('SummitCamps', () => {
  it('draws the camps, saying in words which are reached', async () => {
    await renderInTestApp(<SummitCamps percent={60} width={400} />);
    const track = screen.getByRole('img', {
      name: 'Summit progress 60 %. Camps: Base camp at 24 % (reached), Camp 2 at 55 % (reached), Camp 3 at 85 %, Summit at 100 %',
    });
    expect(track).toHaveTextContent('Camp 3');
  });

  it('says the camp in short', () => {
    expect(
      describeSummitInShort({ percent: 50, camp: 'base-camp', processes: [] }),
    ).toBe('Base camp, 50 % of the way to the targets');
    expect(
      describeSummitInShort({ percent: null, camp: 'start', processes: [] }),
    ).toBe('No targets yet');
  });
});
