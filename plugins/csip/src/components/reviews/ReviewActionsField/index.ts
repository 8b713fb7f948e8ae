export { ReviewActionsField } from './ReviewActionsField';
export type { OwnerOption } from './ReviewActionsField';
