export { DecisionForm } from './DecisionForm';
export type { DecisionFormProps } from './DecisionForm';
