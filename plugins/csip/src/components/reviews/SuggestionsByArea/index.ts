export { SuggestionsByArea } from './SuggestionsByArea';
export type { SuggestionsByAreaProps } from './SuggestionsByArea';
