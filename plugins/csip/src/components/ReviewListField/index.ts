export { ReviewListField } from './ReviewListField';
