import type { Programme } from '@csip-coach/plugin-csip-common';
import type { FieldErrors } from '../../../util/formIssues';
import type { BusinessDriver } from '../BusinessDriversField';
import type { DriverDraft } from '../DriverField';
import type { MemberDraft } from '../MembersField';

/** What the programme form holds while someone types. */
export type ProgrammeDraft = {
  title: string;
  vision: string;
  driver: DriverDraft;
  businessDrivers: BusinessDriver[];
  ownerRef: string | null;
  members: MemberDraft[];
};

/** The form of a new programme. */
export const EMPTY_PROGRAMME: ProgrammeDraft = {
  title: '',
  vision: '',
  driver: '',
  businessDrivers: [],
  ownerRef: null,
  members: [],
};

/** The form of an existing programme. */
export const programmeDraftOf = (programme: Programme): ProgrammeDraft => ({
  title: programme.title,
  vision: programme.vision,
  driver: programme.driver,
  businessDrivers: programme.businessDrivers.map(d => ({ ...d })),
  ownerRef: programme.ownerRef,
  members: programme.members.map(m => ({ userRef: m.userRef, role: m.role })),
});

/** The fields of the body to check with the common programme schemas. */
export const programmeBody = (draft: ProgrammeDraft) => ({
  title: draft.title,
  vision: draft.vision,
  driver: draft.driver || undefined,
  businessDrivers: draft.businessDrivers,
  ownerRef: draft.ownerRef ?? '',
  members: draft.members.map(m => ({ ...m, userRef: m.userRef ?? '' })),
});

/** The form's own words for an owner or a person not chosen yet. */
export function checkProgrammeDraft(
  draft: ProgrammeDraft,
  found: FieldErrors,
): void {
  if (!draft.ownerRef) {
    found.ownerRef = 'Choose the group or system that owns the programme';
  }
  draft.members.forEach((m, i) => {
    if (!m.userRef) found[`members.${i}.userRef`] = 'Choose a person';
  });
}
