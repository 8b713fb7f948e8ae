import TextField, { TextFieldProps } from '@mui/material/TextField';
import { Control, Controller, FieldPath, FieldValues } from 'react-hook-form';
import { inputKindProps } from './inputKindProps';

/** @internal */
export type FormTextFieldProps<Draft extends FieldValues, Body = Draft> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'inputRef' | 'error'
> & {
  control: Control<Draft, unknown, Body>;
  /** The field of the form's values it shows and changes. */
  name: FieldPath<Draft>;
  /** The field's problem, shown instead of `helperText`. */
  error?: string;
  /** A native select of the `<option>` children. */
  nativeSelect?: boolean;
};

/**
 * A text field (or native select) bound to one field of a react-hook-form
 * form, with its problem shown as its helper text.
 *
 * @internal
 */
export function FormTextField<Draft extends FieldValues, Body = Draft>({
  control,
  name,
  error,
  helperText,
  nativeSelect,
  ...props
}: FormTextFieldProps<Draft, Body>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextField
          {...inputKindProps(props.type, nativeSelect)}
          {...props}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={Boolean(error)}
          helperText={error ?? helperText}
        />
      )}
    />
  );
}
