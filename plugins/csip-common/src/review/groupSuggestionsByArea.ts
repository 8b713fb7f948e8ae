import { SUGGESTION_AREA_NAMES } from './reviewLabels';
import {
  suggestionAreaSchema,
  type Suggestion,
  type SuggestionArea,
} from './suggestionSchema';

/** The growth suggestions of one action area, or those without one. @public */
export type SuggestionGroup<S> = {
  /** Left out for the suggestions without an area. */
  area?: SuggestionArea;
  /** The area as people read it, or "Other suggestions". */
  name: string;
  /** Each suggestion with its place in the review's list (the advice log's index). */
  items: Array<{ suggestion: S; index: number }>;
};

/**
 * A review's growth suggestions grouped by action area, in the order of the
 * areas (customer experience first, operations last), with the suggestions
 * without an area last. Empty groups are left out; within a group the
 * review's order is kept.
 *
 * @public
 */
export function groupSuggestionsByArea<S extends Pick<Suggestion, 'area'>>(
  suggestions: readonly S[],
): Array<SuggestionGroup<S>> {
  const items = suggestions.map((suggestion, index) => ({ suggestion, index }));
  const groups: Array<SuggestionGroup<S>> = suggestionAreaSchema.options.map(
    area => ({
      area,
      name: SUGGESTION_AREA_NAMES[area],
      items: items.filter(i => i.suggestion.area === area),
    }),
  );
  groups.push({
    name: 'Other suggestions',
    items: items.filter(i => i.suggestion.area === undefined),
  });
  return groups.filter(g => g.items.length > 0);
}
