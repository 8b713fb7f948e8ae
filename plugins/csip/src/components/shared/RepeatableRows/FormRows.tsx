import type { ComponentType } from 'react';
import {
  type Control,
  Controller,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import type { FieldErrors } from '../../../util/formIssues';
import type { RowsFieldProps } from './RepeatableRows';

/** @internal */
export type FormRowsProps<Draft extends FieldValues, Body, T> = {
  /** The form: its control and each field's problem by dotted path. */
  form: { control: Control<Draft, unknown, Body>; errors: FieldErrors };
  /** The form field holding the rows, such as `milestones`. */
  name: FieldPath<Draft>;
  /** The rows field that shows and changes them, such as `MilestoneRows`. */
  rows: ComponentType<RowsFieldProps<T>>;
};

/**
 * A field of repeatable rows bound to one field of a react-hook-form form,
 * with the form's problems for its rows.
 *
 * @internal
 */
export function FormRows<Draft extends FieldValues, Body, T>({
  form,
  name,
  rows: Rows,
}: FormRowsProps<Draft, Body, T>) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Rows
          value={field.value as T[]}
          onChange={field.onChange}
          errors={form.errors}
        />
      )}
    />
  );
}
