import type { ProgrammeMember } from './programmeSchema';

/**
 * The members of a new programme: the given ones, without duplicates, plus the
 * creator as `lead` unless the creator is already listed in some role.
 *
 * @public
 */
export function withCreatorAsLead(
  members: ProgrammeMember[],
  creatorRef: string,
): ProgrammeMember[] {
  const seen = new Set<string>();
  const result: ProgrammeMember[] = [];
  for (const member of members) {
    const key = `${member.userRef.toLocaleLowerCase('en-US')} ${member.role}`;
    if (!seen.has(key)) {
      seen.add(key);
      result.push(member);
    }
  }
  const creator = creatorRef.toLocaleLowerCase('en-US');
  if (!result.some(m => m.userRef.toLocaleLowerCase('en-US') === creator)) {
    result.push({ userRef: creatorRef, role: 'lead' });
  }
  return result;
}
