import type {
  Programme,
  Proficiency,
  SkillsMatrix,
  SkillsMatrixUpdate,
} from '@csip-coach/plugin-csip-common';

/** Each person's skills, keyed by their ref in lower case. */
export type SkillsDraft = Record<string, Record<string, Proficiency>>;

export const key = (ref: string) => ref.toLocaleLowerCase('en-US');

/** Each programme member once, then anyone else already in the matrix. */
export function matrixPeople(
  programme: Programme,
  skills: SkillsMatrix,
): string[] {
  const refs: string[] = [];
  for (const ref of [
    ...programme.members.map(m => m.userRef),
    ...skills.people.map(p => p.userRef),
  ]) {
    if (!refs.some(r => key(r) === key(ref))) refs.push(ref);
  }
  return refs;
}

/** The saved matrix as a draft. */
export function draftFrom(skills: SkillsMatrix): SkillsDraft {
  return Object.fromEntries(
    skills.people.map(p => [key(p.userRef), { ...p.skills }]),
  );
}

/** One cell changed; an empty value clears it. */
export function setCell(
  draft: SkillsDraft,
  ref: string,
  process: string,
  value: Proficiency | '',
): SkillsDraft {
  const skills = { ...draft[key(ref)] };
  if (value) skills[process] = value;
  else delete skills[process];
  return { ...draft, [key(ref)]: skills };
}

/**
 * The people of the body of `PUT /skills`: everyone with at least one
 * skill, in the order shown, without empty cells. Skills in processes that
 * are no longer in scope are kept.
 */
export function draftPeople(
  draft: SkillsDraft,
  people: readonly string[],
): SkillsMatrixUpdate['people'] {
  return people
    .map(userRef => ({
      userRef,
      skills: Object.fromEntries(
        Object.entries(draft[key(userRef)] ?? {}).sort(([a], [b]) =>
          a.localeCompare(b),
        ),
      ),
    }))
    .filter(p => Object.keys(p.skills).length > 0);
}
