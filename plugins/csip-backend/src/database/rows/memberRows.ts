import type { ProgrammeMember } from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_programme_members`: one role of one person.
 *
 * @internal
 */
export type MemberRow = {
  programme_id: string;
  user_ref: string;
  role: ProgrammeMember['role'];
};

/**
 * The member of a row.
 *
 * @internal
 */
export function toMember(row: MemberRow): ProgrammeMember {
  return { userRef: row.user_ref, role: row.role };
}

/**
 * The rows of a programme's members.
 *
 * @internal
 */
export function toMemberRows(
  programmeId: string,
  members: readonly ProgrammeMember[],
): MemberRow[] {
  return members.map(m => ({
    programme_id: programmeId,
    user_ref: m.userRef,
    role: m.role,
  }));
}
