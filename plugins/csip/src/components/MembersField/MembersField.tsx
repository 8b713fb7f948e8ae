import type { ProgrammeRole } from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { EntityOption } from '../../hooks/useEntityOptions';
import type { FieldErrors } from '../../util/formIssues';
import { PROGRAMME_ROLES, ROLE_NAMES } from '../../util/labels';
import { EntityPicker } from '../EntityPicker';

/** One row of the members field; the person is null until picked. */
export type MemberDraft = { userRef: string | null; role: ProgrammeRole };

/** @internal */
export type MembersFieldProps = {
  value: MemberDraft[];
  onChange: (value: MemberDraft[]) => void;
  /** Errors of the whole form, keyed like `members.0.userRef`. */
  errors: FieldErrors;
  /** The catalog's users. */
  people: EntityOption[];
  loading?: boolean;
};

/**
 * The members of a programme: rows of a person (a catalog user) and their
 * role. The same person may be added once per role they hold.
 *
 * @internal
 */
export const MembersField = ({
  value,
  onChange,
  errors,
  people,
  loading,
}: MembersFieldProps) => {
  const update = (index: number, change: Partial<MemberDraft>) =>
    onChange(value.map((m, i) => (i === index ? { ...m, ...change } : m)));

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle1">
        Members and roles
      </Typography>
      <Typography
        id="csip-members-help"
        variant="body2"
        color="text.secondary"
        gutterBottom
      >
        Add the sponsor, the coach and the people who do the work. Someone with
        several roles gets one row per role. You are added as lead if you do not
        list yourself.
      </Typography>
      <Stack spacing={2}>
        {value.map((member, index) => {
          const number = index + 1;
          return (
            <Box
              key={index}
              role="group"
              aria-label={`Member ${number}`}
              sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}
            >
              <Box sx={{ flex: 1 }}>
                <EntityPicker
                  label="Person"
                  options={people}
                  loading={loading}
                  value={member.userRef}
                  onChange={userRef => update(index, { userRef })}
                  error={errors[`members.${index}.userRef`]}
                />
              </Box>
              <TextField
                select
                label="Role"
                value={member.role}
                onChange={e =>
                  update(index, { role: e.target.value as ProgrammeRole })
                }
                SelectProps={{ native: true }}
                error={Boolean(errors[`members.${index}.role`])}
                helperText={errors[`members.${index}.role`]}
                sx={{ minWidth: 140 }}
              >
                {PROGRAMME_ROLES.map(role => (
                  <option key={role} value={role}>
                    {ROLE_NAMES[role]}
                  </option>
                ))}
              </TextField>
              <IconButton
                aria-label={`Remove member ${number}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Box>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...value, { userRef: null, role: 'member' }])}
        sx={{ mt: 1 }}
        aria-describedby="csip-members-help"
      >
        Add member
      </Button>
    </Box>
  );
};
