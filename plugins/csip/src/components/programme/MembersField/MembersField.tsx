import type { ProgrammeRole } from '@csip-coach/plugin-csip-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { EntityOption } from '../../../hooks/useEntityOptions';
import type { FieldErrors } from '../../../util/formIssues';
import { PROGRAMME_ROLES, ROLE_NAMES } from '../../../util/labels';
import { EntityPicker, NotAllowedNote, RepeatableRows } from '../../shared';

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
      <RepeatableRows
        value={value}
        onChange={onChange}
        itemLabel="Member"
        newRow={(): MemberDraft => ({ userRef: null, role: 'member' })}
        field="members"
        errors={errors}
        disabled={readOnly}
        addDescribedBy={
          readOnly ? 'csip-members-help csip-members-why' : 'csip-members-help'
        }
        renderRow={({ item: member, update, error }) => (
          <>
            <Box sx={{ flex: 1 }}>
              <EntityPicker
                label="Person"
                options={people}
                loading={loading}
                value={member.userRef}
                onChange={userRef => update({ userRef })}
                error={error('userRef')}
                disabled={readOnly}
              />
            </Box>
            <TextField
              select
              label="Role"
              value={member.role}
              onChange={e => update({ role: e.target.value as ProgrammeRole })}
              SelectProps={{ native: true }}
              disabled={readOnly}
              error={Boolean(error('role'))}
              helperText={error('role')}
              sx={{ minWidth: 140 }}
            >
              {PROGRAMME_ROLES.map(role => (
                <option key={role} value={role}>
                  {ROLE_NAMES[role]}
                </option>
              ))}
            </TextField>
          </>
        )}
      >
        {problems.length > 0 && (
          <Alert severity="error" sx={{ mt: 2 }}>
            <Box component="ul" id={problemsId} sx={{ m: 0, pl: 2 }}>
              {problems.map(problem => (
                <li key={problem}>{problem}</li>
              ))}
            </Box>
          </Alert>
        )}
      </RepeatableRows>
    </Box>
  );
};
