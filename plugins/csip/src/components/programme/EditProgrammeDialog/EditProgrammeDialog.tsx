import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  checkMembershipChange,
  diffMembers,
  programmeUpdateSchema,
  type Programme,
  type ProgrammeMember,
  type ProgrammeUpdate,
} from '@csip-coach/plugin-csip-common';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { FormEvent, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { csipApiRef } from '../../../api';
import { useEntityOptions } from '../../../hooks/useEntityOptions';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { errorMessage } from '../../../util/errorMessage';
import {
  FieldErrors,
  fieldErrors,
  formParseParams,
} from '../../../util/formIssues';
import { BusinessDriver, BusinessDriversField } from '../BusinessDriversField';
import { DriverDraft, DriverField } from '../DriverField';
import { EntityPicker } from '../../shared';
import { FormErrorSummary } from '../../shared';
import { MemberDraft, MembersField } from '../MembersField';
import { NotAllowedNote } from '../../shared';

const OWNER_KINDS = ['Group', 'System'];
const PERSON_KINDS = ['User'];
const PROBLEMS_ID = 'csip-edit-members-problems';

/** @internal */
export type EditProgrammeDialogProps = {
  programme: Programme;
  onClose: () => void;
  /** Called with the programme as the backend saved it. */
  onSaved: (programme: Programme) => void;
  /** Called when the programme changed meanwhile (409), to load the latest. */
  onStale?: () => void;
};

type Draft = {
  title: string;
  vision: string;
  driver: DriverDraft;
  businessDrivers: BusinessDriver[];
  ownerRef: string | null;
  members: MemberDraft[];
};

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/**
 * A rule's message as a sentence of its own: `members: you cannot …` →
 * `You cannot ….`
 */
export function membershipProblemInWords(message: string): string {
  const text = message.replace(/^members:\s*/, '');
  return `${text.charAt(0).toLocaleUpperCase('en-GB')}${text.slice(1)}${
    /[.!?]$/.test(text) ? '' : '.'
  }`;
}

const draftOf = (programme: Programme): Draft => ({
  title: programme.title,
  vision: programme.vision,
  driver: programme.driver,
  businessDrivers: programme.businessDrivers.map(d => ({ ...d })),
  ownerRef: programme.ownerRef,
  members: programme.members.map(m => ({ userRef: m.userRef, role: m.role })),
});

const chosen = (members: MemberDraft[]): ProgrammeMember[] =>
  members.flatMap(m =>
    m.userRef ? [{ userRef: m.userRef, role: m.role }] : [],
  );

/**
 * Edits a programme: its title, vision, driver, business drivers, owner
 * (leads and coaches: `useProgrammeAction('updateProgramme')`) and its
 * members (`manageMembers`). Before anything is sent, the common
 * `checkMembershipChange` is run as the signed-in user (their entity ref
 * and ownership refs from the identity API): nobody raises their own role,
 * the programme keeps a lead or coach, and a sponsor change needs a sponsor
 * or someone of the owner group. Its problems are shown in words next to
 * the members and Save stays disabled until they are solved; the server's
 * refusal is shown as its message.
 *
 * @internal
 */
export const EditProgrammeDialog = ({
  programme,
  onClose,
  onSaved,
  onStale,
}: EditProgrammeDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const identityApi = useApi(identityApiRef);
  const identity = useAsync(
    () => identityApi.getBackstageIdentity(),
    [identityApi],
  );
  const update = useProgrammeAction('updateProgramme', programme);
  const manage = useProgrammeAction('manageMembers', programme);
  const owners = useEntityOptions(OWNER_KINDS);
  const people = useEntityOptions(PERSON_KINDS);
  const [draft, setDraft] = useState<Draft>(() => draftOf(programme));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const set = (change: Partial<Draft>) => setDraft(d => ({ ...d, ...change }));

  const problems = useMemo(() => {
    const me = identity.value;
    if (!me) return [];
    return checkMembershipChange({
      before: programme.members,
      after: chosen(draft.members),
      actorRef: me.userEntityRef,
      actorOwnsProgramme: me.ownershipEntityRefs.some(ref =>
        same(ref, programme.ownerRef),
      ),
    }).map(p => membershipProblemInWords(p.message));
  }, [identity.value, programme.members, programme.ownerRef, draft.members]);

  const membersReadOnlyReason =
    !manage.loading && !manage.allowed ? manage.reason : undefined;
  const fieldsReadOnly = !update.loading && !update.allowed;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const parsed = programmeUpdateSchema.safeParse(
      {
        title: draft.title,
        vision: draft.vision,
        driver: draft.driver || undefined,
        businessDrivers: draft.businessDrivers,
        ownerRef: draft.ownerRef ?? '',
        members: draft.members.map(m => ({ ...m, userRef: m.userRef ?? '' })),
        version: programme.version,
      },
      formParseParams,
    );
    const found = parsed.success ? {} : fieldErrors(parsed.error);
    if (!draft.ownerRef) {
      found.ownerRef = 'Choose the group or system that owns the programme';
    }
    draft.members.forEach((m, i) => {
      if (!m.userRef) found[`members.${i}.userRef`] = 'Choose a person';
    });
    setErrors(found);
    if (!parsed.success || Object.keys(found).length || problems.length) {
      return;
    }
    const data = parsed.data;
    const body: ProgrammeUpdate = { version: programme.version };
    if (data.title !== programme.title) body.title = data.title;
    if (data.vision !== programme.vision) body.vision = data.vision;
    if (data.driver !== programme.driver) body.driver = data.driver;
    if (
      JSON.stringify(data.businessDrivers) !==
      JSON.stringify(programme.businessDrivers)
    ) {
      body.businessDrivers = data.businessDrivers;
    }
    if (data.ownerRef && !same(data.ownerRef, programme.ownerRef)) {
      body.ownerRef = data.ownerRef;
    }
    const membership = diffMembers(programme.members, data.members ?? []);
    if (membership.added.length || membership.removed.length) {
      body.members = data.members;
    }
    if (Object.keys(body).length === 1) {
      onClose();
      return;
    }
    setSaving(true);
    try {
      onSaved(await csipApi.updateProgramme(programme.id, body));
    } catch (error) {
      const message = errorMessage(error);
      if ((error as { statusCode?: number } | null)?.statusCode === 409) {
        setServerError(
          `${message} Someone else changed the programme meanwhile: close this dialog to see the latest, then make your change again.`,
        );
        onStale?.();
      } else {
        setServerError(message);
      }
    } finally {
      setSaving(false);
    }
  };

  const errorCount = Object.keys(errors).length;
  const blocked = problems.length > 0;

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="csip-edit-programme-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="csip-edit-programme-title">Edit programme</DialogTitle>
        <DialogContent>
          <Stack spacing={3} sx={{ pt: 1 }}>
            <FormErrorSummary
              errorCount={errorCount}
              serverError={serverError}
              failure="The programme was not saved"
            />
            <NotAllowedNote
              id="csip-edit-programme-why"
              reason={fieldsReadOnly ? update.reason : undefined}
            />
            <TextField
              label="Title"
              value={draft.title}
              onChange={e => set({ title: e.target.value })}
              error={Boolean(errors.title)}
              helperText={errors.title}
            />
            <TextField
              label="Vision"
              value={draft.vision}
              onChange={e => set({ vision: e.target.value })}
              error={Boolean(errors.vision)}
              helperText={
                errors.vision ??
                'Why are we doing this? What will be better for the business?'
              }
              multiline
              minRows={2}
            />
            <DriverField
              value={draft.driver}
              onChange={driver => set({ driver })}
              error={errors.driver}
            />
            <BusinessDriversField
              value={draft.businessDrivers}
              onChange={businessDrivers => set({ businessDrivers })}
              errors={errors}
            />
            <EntityPicker
              label="Owner"
              options={owners.value ?? []}
              loading={owners.loading}
              value={draft.ownerRef}
              onChange={ownerRef => set({ ownerRef })}
              error={errors.ownerRef}
              helperText={
                owners.error
                  ? `Could not load the catalog: ${errorMessage(owners.error)}`
                  : 'The group or system the programme belongs to; its members may add or remove sponsors.'
              }
            />
            <MembersField
              value={draft.members}
              onChange={members => set({ members })}
              errors={errors}
              people={people.value ?? []}
              loading={people.loading}
              help="Leads and coaches add and remove members and change roles. Nobody gives themselves a role; the programme keeps at least one lead or coach; adding or removing a sponsor needs a sponsor or someone of the owner group. Every change is kept in the membership history."
              problems={problems}
              problemsId={PROBLEMS_ID}
              notAllowedReason={membersReadOnlyReason}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={saving || blocked || fieldsReadOnly}
            aria-describedby={
              [
                blocked ? PROBLEMS_ID : undefined,
                fieldsReadOnly ? 'csip-edit-programme-why' : undefined,
              ]
                .filter(Boolean)
                .join(' ') || undefined
            }
          >
            Save
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
