import type { Programme } from '@csip-coach/plugin-csip-common';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { FormTextField, FormTextFieldProps } from '../FormTextField';
import { useDisplayNames } from './useDisplayNames';
import { refName } from '../../../util/refName';

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

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
 * An owner option's words: "Omar Haddad (omar.ops)" when the catalog has a
 * display name, else the ref's name alone.
 */
export function ownerOptionLabel(ref: string, displayName?: string): string {
  const name = refName(ref);
  return displayName && displayName !== name
    ? `${displayName} (${name})`
    : name;
}

/**
 * "Owner": a native select of the programme's members (each once, by
 * display name from the catalog with their user name after it), bound to
 * one field of a react-hook-form form. The value is the entity ref.
 *
 * @internal
 */
export function OwnerField<Draft extends FieldValues, Body = Draft>({
  programme,
  current,
  emptyLabel,
  ...props
}: OwnerFieldProps<Draft, Body>) {
  const refs = ownerOptions(programme, current);
  const names = useDisplayNames(refs);
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
      {refs.map(ref => (
        <option key={ref} value={ref}>
          {ownerOptionLabel(ref, names.get(ref))}
        </option>
      ))}
    </FormTextField>
  );
}
