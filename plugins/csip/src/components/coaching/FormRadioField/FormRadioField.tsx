import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId, type ReactNode } from 'react';
import {
  type Control,
  Controller,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';

/** @internal */
export type FormRadioFieldProps<Draft extends FieldValues, Body> = {
  control: Control<Draft, unknown, Body>;
  /** The field of the form's values it shows and changes. */
  name: FieldPath<Draft>;
  /** The group's name, read out with each choice. */
  legend: ReactNode;
  /** The choices, in the order offered, each with its words. */
  options: ReadonlyArray<{ value: string; label: ReactNode }>;
  /** A line on what to choose, below the choices. */
  helperText?: ReactNode;
  /** The field's problem, shown instead of `helperText`. */
  error?: string;
  required?: boolean;
  /** Side by side rather than one under the other. */
  row?: boolean;
};

/**
 * One choice of a few, as radio buttons in a fieldset named by its legend,
 * bound to one field of a react-hook-form form; arrow keys move between
 * the choices. Its problem shows under it.
 *
 * @internal
 */
export function FormRadioField<Draft extends FieldValues, Body = Draft>({
  control,
  name,
  legend,
  options,
  helperText,
  error,
  required,
  row,
}: FormRadioFieldProps<Draft, Body>) {
  const helpId = `${useId()}-help`;
  const help = error ?? helperText;
  return (
    <FormControl
      component="fieldset"
      error={Boolean(error)}
      required={required}
    >
      <FormLabel component="legend">{legend}</FormLabel>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <RadioGroup
            row={row}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            aria-describedby={help ? helpId : undefined}
          >
            {options.map(option => (
              <FormControlLabel
                key={option.value}
                value={option.value}
                control={<Radio />}
                label={option.label}
              />
            ))}
          </RadioGroup>
        )}
      />
      {help && <FormHelperText id={helpId}>{help}</FormHelperText>}
    </FormControl>
  );
}
