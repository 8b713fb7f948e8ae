export { HandoverChecklist } from './HandoverChecklist';
export type { HandoverChecklistProps } from './HandoverChecklist';
