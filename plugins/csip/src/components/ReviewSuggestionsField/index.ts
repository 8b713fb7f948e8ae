export { ReviewSuggestionsField } from './ReviewSuggestionsField';
