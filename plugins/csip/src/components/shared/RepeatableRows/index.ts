export { FormRows, type FormRowsProps } from './FormRows';
export {
  RepeatableRows,
  type RepeatableRow,
  type RepeatableRowsProps,
  type RowsFieldProps,
} from './RepeatableRows';
export { RowTextField, type RowTextFieldProps } from './RowTextField';
