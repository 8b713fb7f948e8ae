import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  checkMembershipChange,
  diffMembers,
  programmeUpdateSchema,
  type Programme,
  type ProgrammeMember,
  type ProgrammeUpdate,
} from '@csip-coach/plugin-csip-common';
import { useWatch } from 'react-hook-form';
import useAsync from 'react-use/esm/useAsync';
import { csipApiRef } from '../../../api';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import {
  FormDialog,
  isStale,
  NotAllowedNote,
  sentence,
  useFormDialog,
} from '../../shared';
import type { MemberDraft } from '../MembersField';
import {
  checkProgrammeDraft,
  programmeBody,
  programmeDraftOf,
  ProgrammeFields,
} from '../ProgrammeFields';

const PROBLEMS_ID = 'csip-edit-members-problems';
const WHY_ID = 'csip-edit-programme-why';

/** @internal */
export type EditProgrammeDialogProps = {
  programme: Programme;
  onClose: () => void;
  /** Called with the programme as the backend saved it. */
  onSaved: (programme: Programme) => void;
  /** Called when the programme changed meanwhile (409), to load the latest. */
  onStale?: () => void;
};

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/**
 * A rule's message as a sentence of its own: `members: you cannot …` →
 * `You cannot ….`
 */
export function membershipProblemInWords(message: string): string {
  return sentence(message.replace(/^members:\s*/, ''));
}

const chosen = (members: MemberDraft[]): ProgrammeMember[] =>
  members.flatMap(m =>
    m.userRef ? [{ userRef: m.userRef, role: m.role }] : [],
  );

/** Only what changed, with the version read. */
function changes(programme: Programme, data: ProgrammeUpdate): ProgrammeUpdate {
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
  return body;
}

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
  const problemsOf = (members: MemberDraft[]) => {
    const me = identity.value;
    if (!me) return [];
    return checkMembershipChange({
      before: programme.members,
      after: chosen(members),
      actorRef: me.userEntityRef,
      actorOwnsProgramme: me.ownershipEntityRefs.some(ref =>
        same(ref, programme.ownerRef),
      ),
    }).map(p => membershipProblemInWords(p.message));
  };
  const dialog = useFormDialog({
    schema: programmeUpdateSchema,
    defaultValues: programmeDraftOf(programme),
    toBody: draft => ({ ...programmeBody(draft), version: programme.version }),
    check: checkProgrammeDraft,
    onSubmit: async (data, draft) => {
      if (problemsOf(draft.members).length) return;
      const body = changes(programme, data);
      if (Object.keys(body).length === 1) {
        onClose();
        return;
      }
      onSaved(await csipApi.updateProgramme(programme.id, body));
    },
    describeError: (error, message) =>
      isStale(error)
        ? `${message} Someone else changed the programme meanwhile: close this dialog to see the latest, then make your change again.`
        : message,
    onStale,
  });

  const members = useWatch({ control: dialog.control, name: 'members' });
  const problems = problemsOf(members);

  const membersReadOnlyReason =
    !manage.loading && !manage.allowed ? manage.reason : undefined;
  const fieldsReadOnly = !update.loading && !update.allowed;
  const blocked = problems.length > 0;

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      maxWidth="md"
      titleId="csip-edit-programme-title"
      title="Edit programme"
      failure="The programme was not saved"
      submitLabel="Save"
      actions={{
        disabled: blocked || fieldsReadOnly,
        describedBy: [blocked && PROBLEMS_ID, fieldsReadOnly && WHY_ID],
      }}
    >
      <NotAllowedNote
        id={WHY_ID}
        reason={fieldsReadOnly ? update.reason : undefined}
      />
      <ProgrammeFields
        control={dialog.control}
        errors={dialog.errors}
        ownerHelp="The group or system the programme belongs to; its members may add or remove sponsors."
        members={{
          help: 'Leads and coaches add and remove members and change roles. Nobody gives themselves a role; the programme keeps at least one lead or coach; adding or removing a sponsor needs a sponsor or someone of the owner group. Every change is kept in the membership history.',
          problems,
          problemsId: PROBLEMS_ID,
          notAllowedReason: membersReadOnlyReason,
        }}
      />
    </FormDialog>
  );
};
