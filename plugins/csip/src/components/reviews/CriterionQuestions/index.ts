export { CriterionQuestions } from './CriterionQuestions';
export type { CriterionQuestionsProps } from './CriterionQuestions';
