export { ReadinessQuestionnaire } from './ReadinessQuestionnaire';
export type { ReadinessQuestionnaireProps } from './ReadinessQuestionnaire';
