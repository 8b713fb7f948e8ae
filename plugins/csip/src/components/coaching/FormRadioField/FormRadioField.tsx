import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
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
  /** What the choice is about, between the legend and the choices. */
  description?: ReactNode;
  /** A line on what to choose, below the choices. */
  helperText?: ReactNode;
  /** The field's problem, shown instead of `helperText`. */
  error?: string;
  required?: boolean;
  /** Side by side rather than one under the other. */
  row?: boolean;
  /** Smaller radio buttons, for long lists of choices. */
  size?: 'small' | 'medium';
};

/**
 * One choice of a few, as radio buttons in a fieldset whose legend names the
 * radio group (and an optional description describes it),
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
  description,
  helperText,
  error,
  required,
  row,
  size,
}: FormRadioFieldProps<Draft, Body>) {
  const id = useId();
  const legendId = `${id}-legend`;
  const descriptionId = `${id}-description`;
  const helpId = `${id}-help`;
  const help = error ?? helperText;
  const describedBy = [description && descriptionId, help && helpId]
    .filter(Boolean)
    .join(' ');
  return (
    <FormControl
      component="fieldset"
      error={Boolean(error)}
      required={required}
    >
      <FormLabel component="legend" id={legendId}>
        {legend}
      </FormLabel>
      {description && (
        <Typography id={descriptionId} variant="body2" color="text.secondary">
          {description}
        </Typography>
      )}
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <RadioGroup
            row={row}
            name={field.name}
            // Controlled from the first render, before a value is chosen.
            value={field.value ?? ''}
            onChange={field.onChange}
            aria-labelledby={legendId}
            aria-describedby={describedBy || undefined}
          >
            {options.map(option => (
              <FormControlLabel
                key={option.value}
                value={option.value}
                control={<Radio size={size} />}
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
