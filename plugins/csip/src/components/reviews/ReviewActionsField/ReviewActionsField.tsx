import type { ActionFields } from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { FieldErrors } from '../../../util/formIssues';
import { RepeatableRows, RowTextField } from '../../shared';
import { ReviewFieldSection } from '../ReviewFieldSection';
import { ToneTextField } from '../ToneTextField';

/** A person who can own an action: their user ref and how they are shown. */
export type OwnerOption = { ref: string; label: string };

/** @internal */
export type ReviewActionsFieldProps = {
  /** Agreed actions; an empty `owner` means none is chosen yet. */
  value: ActionFields[];
  onChange: (value: ActionFields[]) => void;
  /** Errors of the whole form, keyed like `actions.0.owner`. */
  errors: FieldErrors;
  /** The programme's members, who can own an action. */
  owners: OwnerOption[];
};

const EMPTY_ACTION: ActionFields = {
  description: '',
  owner: '',
  measure: '',
  dueDate: '',
};

/**
 * Agreed actions, each SMART: what will be done, who owns it (a member of
 * the programme), how everyone will know it is done, and by when. On
 * publish they land in the programme's action register.
 *
 * @internal
 */
export const ReviewActionsField = ({
  value,
  onChange,
  errors,
  owners,
}: ReviewActionsFieldProps) => {
  const memberRef = (owner: string) =>
    owners.find(o => o.ref.toLocaleLowerCase() === owner.toLocaleLowerCase())
      ?.ref;
  const optionsFor = (owner: string): OwnerOption[] =>
    !owner || memberRef(owner)
      ? owners
      : [...owners, { ref: owner, label: `${owner} (not a member)` }];

  return (
    <ReviewFieldSection
      title="Agreed actions"
      help="What the team agreed to do, who owns it, how you will all know it is done, and by when. Published actions go to the action register."
    >
      <RepeatableRows
        value={value}
        onChange={onChange}
        itemLabel="Agreed action"
        newRow={() => ({ ...EMPTY_ACTION })}
        field="actions"
        errors={errors}
        emptyText="No agreed actions yet: add the next steps the team agreed to take."
        spacing={3}
        renderRow={row => {
          const { item: action, update, error } = row;
          return (
            <Stack spacing={1} sx={{ flex: 1 }}>
              <ToneTextField
                label="What will be done"
                value={action.description}
                onChange={description => update({ description })}
                error={error('description')}
              />
              <ToneTextField
                label="Measure of done"
                value={action.measure}
                onChange={measure => update({ measure })}
                error={error('measure')}
                helperText="How everyone will know it is done."
              />
              <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
                <TextField
                  select
                  label="Owner"
                  value={memberRef(action.owner) ?? action.owner}
                  onChange={e => update({ owner: e.target.value })}
                  SelectProps={{ native: true }}
                  InputLabelProps={{ shrink: true }}
                  error={Boolean(error('owner'))}
                  helperText={error('owner') ?? 'A member of the programme.'}
                  sx={{ minWidth: 240 }}
                >
                  <option value="">Choose an owner</option>
                  {optionsFor(action.owner).map(owner => (
                    <option key={owner.ref} value={owner.ref}>
                      {owner.label}
                    </option>
                  ))}
                </TextField>
                <RowTextField
                  row={row}
                  name="dueDate"
                  label="Due date"
                  type="date"
                />
              </Stack>
            </Stack>
          );
        }}
      />
    </ReviewFieldSection>
  );
};
