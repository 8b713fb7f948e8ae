import { groupSuggestionsByArea } from './groupSuggestionsByArea';
import type { Suggestion } from './suggestionSchema';

const s = (technique: string, area?: Suggestion['area']): Suggestion => ({
  technique,
  advice: 'Try it',
  ...(area && { area }),
});

describe('groupSuggestionsByArea', () => {
  it('is empty without suggestions', () => {
    expect(groupSuggestionsByArea([])).toEqual([]);
  });

  it('groups by area in the areas’ order, ungrouped last, keeping each index', () => {
    const groups = groupSuggestionsByArea([
      s('No area first'),
      s('Ops 1', 'operations'),
      s('CX', 'customer-experience'),
      s('Ops 2', 'operations'),
      s('No area again'),
      s('Culture', 'culture'),
    ]);
    expect(
      groups.map(g => [
        g.area,
        g.name,
        g.items.map(i => [i.index, i.suggestion.technique]),
      ]),
    ).toEqual([
      ['customer-experience', 'Customer experience', [[2, 'CX']]],
      ['culture', 'Culture', [[5, 'Culture']]],
      [
        'operations',
        'Operations',
        [
          [1, 'Ops 1'],
          [3, 'Ops 2'],
        ],
      ],
      [
        undefined,
        'Other suggestions',
        [
          [0, 'No area first'],
          [4, 'No area again'],
        ],
      ],
    ]);
  });

  it('has one group only when no suggestion has an area', () => {
    expect(groupSuggestionsByArea([s('a'), s('b')])).toEqual([
      {
        name: 'Other suggestions',
        items: [
          { suggestion: s('a'), index: 0 },
          { suggestion: s('b'), index: 1 },
        ],
      },
    ]);
  });
});
