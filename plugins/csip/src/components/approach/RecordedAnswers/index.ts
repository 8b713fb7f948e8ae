export { RecordedAnswers } from './RecordedAnswers';
export type { RecordedAnswersProps } from './RecordedAnswers';
