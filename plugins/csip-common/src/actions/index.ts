export {
  actionStatusSchema,
  actionCreateSchema,
  actionUpdateSchema,
  actionSourceSchema,
  actionSchema,
} from './actionSchema';
export type {
  ActionStatus,
  ActionCreate,
  ActionUpdate,
  ActionSource,
  Action,
} from './actionSchema';
export { isOverdue, describeDue } from './isOverdue';
