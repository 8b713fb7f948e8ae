import { Control, Controller } from 'react-hook-form';
import { useEntityOptions } from '../../../hooks/useEntityOptions';
import { errorSentence } from '../../../api/errorSentence';
import type { FieldErrors } from '../../../util/formIssues';
import { EntityPicker, FormRows, FormTextField } from '../../shared';
import { BusinessDriversField } from '../BusinessDriversField';
import { DriverField } from '../DriverField';
import { MembersField, MembersFieldProps } from '../MembersField';
import type { ProgrammeDraft } from './programmeDraft';

const OWNER_KINDS = ['Group', 'System'];
const PERSON_KINDS = ['User'];

/** @internal */
export type ProgrammeFieldsProps<Body> = {
  control: Control<ProgrammeDraft, unknown, Body>;
  /** Each field's problem by dotted path. */
  errors: FieldErrors;
  /** What to say under the owner. */
  ownerHelp: string;
  /** What the members field says and allows beyond its rows. */
  members?: Pick<
    MembersFieldProps,
    'help' | 'problems' | 'problemsId' | 'notAllowedReason'
  >;
};

/**
 * The fields of a programme, shared by the create and edit dialogs: title,
 * vision, driver, business drivers, owner (a catalog group or system) and
 * members (catalog users).
 *
 * @internal
 */
export function ProgrammeFields<Body>({
  control,
  errors,
  ownerHelp,
  members,
}: ProgrammeFieldsProps<Body>) {
  const owners = useEntityOptions(OWNER_KINDS);
  const people = useEntityOptions(PERSON_KINDS);
  return (
    <>
      <FormTextField
        control={control}
        name="title"
        label="Title"
        error={errors.title}
      />
      <FormTextField
        control={control}
        name="vision"
        label="Vision"
        error={errors.vision}
        helperText="Why are we doing this? What will be better for the business?"
        multiline
        minRows={2}
      />
      <Controller
        control={control}
        name="driver"
        render={({ field }) => (
          <DriverField
            value={field.value}
            onChange={field.onChange}
            error={errors.driver}
          />
        )}
      />
      <FormRows
        form={{ control, errors }}
        name="businessDrivers"
        rows={BusinessDriversField}
      />
      <Controller
        control={control}
        name="ownerRef"
        render={({ field }) => (
          <EntityPicker
            label="Owner"
            options={owners.value ?? []}
            loading={owners.loading}
            value={field.value}
            onChange={field.onChange}
            error={errors.ownerRef}
            helperText={
              owners.error
                ? `Could not load the catalog: ${errorSentence(owners.error)}`
                : ownerHelp
            }
          />
        )}
      />
      <Controller
        control={control}
        name="members"
        render={({ field }) => (
          <MembersField
            value={field.value}
            onChange={field.onChange}
            errors={errors}
            people={people.value ?? []}
            loading={people.loading}
            {...members}
          />
        )}
      />
    </>
  );
}
