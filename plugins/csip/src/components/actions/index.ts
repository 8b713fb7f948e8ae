/** The actions tab: improvement actions and their status. */
export { ActionsTab } from './ActionsTab/ActionsTab';
export type { ActionsTabProps } from './ActionsTab/ActionsTab';
