import type { ProgrammeMember } from './programmeSchema';

const key = (ref: string) => ref.toLocaleLowerCase('en-US');
const memberKey = (m: Pick<ProgrammeMember, 'userRef' | 'role'>) =>
  `${key(m.userRef)}|${m.role}`;

/**
 * What a new member list adds and removes, one entry per person and role.
 *
 * @public
 */
export type MembershipDiff = {
  added: ProgrammeMember[];
  removed: ProgrammeMember[];
};

/**
 * The people and roles `after` adds to `before` and removes from it (entity
 * refs compared case-insensitively; duplicates ignored).
 *
 * @public
 */
export function diffMembers(
  before: readonly ProgrammeMember[],
  after: readonly ProgrammeMember[],
): MembershipDiff {
  const beforeKeys = new Set(before.map(memberKey));
  const afterKeys = new Set(after.map(memberKey));
  const unique = (list: readonly ProgrammeMember[]) => {
    const seen = new Set<string>();
    return list.filter(m => {
      const k = memberKey(m);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  return {
    added: unique(after).filter(m => !beforeKeys.has(memberKey(m))),
    removed: unique(before).filter(m => !afterKeys.has(memberKey(m))),
  };
}

/**
 * Why one membership change is not allowed, with a code for tests and the
 * UI and a message in words.
 *
 * @public
 */
export type MembershipProblem = {
  code: 'self-elevation' | 'last-lead-or-coach' | 'sponsor-change';
  message: string;
};

/**
 * The rules a change of a programme's members must keep, beyond the role
 * rule that only leads and coaches change members ("Who may do what"):
 *
 * - nobody grants themselves a role they do not hold, except `member`
 *   (stepping down, e.g. from coach to member, is fine);
 * - the programme keeps at least one lead or coach;
 * - adding or removing a sponsor also needs the actor to be a sponsor, or a
 *   member of the programme's owner group (`actorOwnsProgramme`).
 *
 * Returns every problem; an empty list means the change is allowed.
 *
 * @public
 */
export function checkMembershipChange(options: {
  before: readonly ProgrammeMember[];
  after: readonly ProgrammeMember[];
  actorRef: string;
  /** Whether the actor belongs to the group or system that owns the programme. */
  actorOwnsProgramme: boolean;
}): MembershipProblem[] {
  const { before, after, actorRef, actorOwnsProgramme } = options;
  const { added, removed } = diffMembers(before, after);
  const problems: MembershipProblem[] = [];
  const me = key(actorRef);

  // `member` is the plainest role: taking it is stepping down, not up.
  const selfAdded = added.filter(
    m => key(m.userRef) === me && m.role !== 'member',
  );
  if (selfAdded.length) {
    problems.push({
      code: 'self-elevation',
      message: `members: you cannot give yourself the role ${selfAdded
        .map(m => m.role)
        .join(
          ', ',
        )}; another lead or coach of the programme has to add it for you`,
    });
  }

  const leadsOrCoaches = (list: readonly ProgrammeMember[]) =>
    list.filter(m => m.role === 'lead' || m.role === 'coach').length;
  if (leadsOrCoaches(before) > 0 && leadsOrCoaches(after) === 0) {
    problems.push({
      code: 'last-lead-or-coach',
      message:
        'members: the programme must keep at least one lead or coach; add another before removing the last',
    });
  }

  const sponsorChanged = [...added, ...removed].some(m => m.role === 'sponsor');
  const actorIsSponsor = before.some(
    m => m.role === 'sponsor' && key(m.userRef) === me,
  );
  if (sponsorChanged && !actorIsSponsor && !actorOwnsProgramme) {
    problems.push({
      code: 'sponsor-change',
      message:
        'members: adding or removing a sponsor needs a sponsor of the programme or a member of its owner group',
    });
  }
  return problems;
}
