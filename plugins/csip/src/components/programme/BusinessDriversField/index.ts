export { BusinessDriversField } from './BusinessDriversField';
export type {
  BusinessDriver,
  BusinessDriversFieldProps,
} from './BusinessDriversField';
