import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { inputKindProps } from '../FormTextField/inputKindProps';
import type { RepeatableRow } from './RepeatableRows';

/** The keys of a row whose values are texts. */
type TextKey<T> = {
  [K in keyof T]: T[K] extends string ? K : never;
}[keyof T] &
  string;

/** @internal */
export type RowTextFieldProps<T> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'error'
> & {
  /** The row, as {@link RepeatableRows} hands it to `renderRow`. */
  row: RepeatableRow<T>;
  /** The row's text it shows and changes. */
  name: TextKey<T>;
  /** Words the row's message for this field, such as `sentence`. */
  format?: (message: string) => string;
  /** A native select of the `<option>` children. */
  nativeSelect?: boolean;
};

/**
 * A text field (or native select) for one text of a repeatable row, with
 * the form's message about it shown as its helper text.
 *
 * @internal
 */
export function RowTextField<T>({
  row,
  name,
  format,
  helperText,
  nativeSelect,
  ...props
}: RowTextFieldProps<T>) {
  const found = row.error(name as Extract<keyof T, string>);
  const message = found && format ? format(found) : found;
  return (
    <TextField
      {...inputKindProps(props.type, nativeSelect)}
      {...props}
      value={row.item[name]}
      onChange={event =>
        row.update({ [name]: event.target.value } as Partial<T>)
      }
      error={Boolean(message)}
      helperText={message ?? helperText}
    />
  );
}
