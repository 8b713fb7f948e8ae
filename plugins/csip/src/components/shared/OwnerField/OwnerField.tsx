import type { Programme } from '@csip-coach/plugin-csip-common';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { FormTextField, FormTextFieldProps } from '../FormTextField';

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/** The name part of an entity ref: `user:default/dana.sponsor` → `dana.sponsor`. */
export const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

/** Each member once, whatever their roles, plus the current owner if gone. */
export function ownerOptions(programme: Programme, current?: string): string[] {
  const refs: string[] = [];
  for (const ref of [
    ...programme.members.map(m => m.userRef),
    ...(current ? [current] : []),
  ]) {
    if (!refs.some(r => same(r, ref))) refs.push(ref);
  }
  return refs;
}

/** @internal */
export type OwnerFieldProps<Draft extends FieldValues, Body> = Pick<
  FormTextFieldProps<Draft, Body>,
  'control' | 'error' | 'required' | 'disabled'
> & {
  name: FieldPath<Draft>;
  /** The programme whose members may own it. */
  programme: Programme;
  /** The owner it has, offered even if no longer a member. */
  current?: string;
  /** The first option, for no owner chosen, such as "Choose…". */
  emptyLabel: string;
};

/**
 * "Owner": a native select of the programme's members (each once, by
 * name), bound to one field of a react-hook-form form.
 *
 * @internal
 */
export function OwnerField<Draft extends FieldValues, Body = Draft>({
  programme,
  current,
  emptyLabel,
  ...props
}: OwnerFieldProps<Draft, Body>) {
  return (
    <FormTextField
      {...props}
      select
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      label="Owner"
      helperText="The programme member who sees it through."
    >
      <option value="">{emptyLabel}</option>
      {ownerOptions(programme, current).map(ref => (
        <option key={ref} value={ref}>
          {refName(ref)}
        </option>
      ))}
    </FormTextField>
  );
}
