import type { ProgrammeRole } from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { EntityOption } from '../../../hooks/useEntityOptions';
import type { FieldErrors } from '../../../util/formIssues';
import { PROGRAMME_ROLES, ROLE_NAMES } from '../../../util/labels';
import { EntityPicker } from '../../shared';
import { NotAllowedNote } from '../../shared';

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
  /** What to say under the legend; the create form's help when not given. */
  help?: string;
  /**
   * Why the change as it stands is not allowed (the common
   * `checkMembershipChange`), in words, shown under the rows.
   */
  problems?: readonly string[];
  /** The id of the problems' list, for the save button to refer to. */
  problemsId?: string;
  /** Why the signed-in user may not change the members; read only when set. */
  notAllowedReason?: string;
};

const CREATE_HELP =
  'Add the sponsor, the coach and the people who do the work. Someone with several roles gets one row per role. You are added as lead if you do not list yourself.';

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
  help = CREATE_HELP,
  problems = [],
  problemsId = 'csip-members-problems',
  notAllowedReason,
}: MembersFieldProps) => {
  const readOnly = Boolean(notAllowedReason);
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
        {help}
      </Typography>
      <NotAllowedNote id="csip-members-why" reason={notAllowedReason} />
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
                  disabled={readOnly}
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
                disabled={readOnly}
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
                disabled={readOnly}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Box>
          );
        })}
      </Stack>
      {problems.length > 0 && (
        <Alert severity="error" sx={{ mt: 2 }}>
          <Box component="ul" id={problemsId} sx={{ m: 0, pl: 2 }}>
            {problems.map(problem => (
              <li key={problem}>{problem}</li>
            ))}
          </Box>
        </Alert>
      )}
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...value, { userRef: null, role: 'member' }])}
        sx={{ mt: 1 }}
        disabled={readOnly}
        aria-describedby={
          readOnly ? 'csip-members-help csip-members-why' : 'csip-members-help'
        }
      >
        Add member
      </Button>
    </Box>
  );
};
