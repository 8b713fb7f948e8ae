export { ActionsTab } from './ActionsTab';
export type { ActionsTabProps } from './ActionsTab';
