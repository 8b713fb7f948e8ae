import type { Programme } from '@csip-coach/plugin-csip-common';

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/** The name part of an entity ref: `user:default/dana.sponsor` → `dana.sponsor`. */
export const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

/** A message as a sentence: capitalised, with a full stop. */
export const sentence = (message: string) =>
  `${message.charAt(0).toLocaleUpperCase('en-GB')}${message.slice(1)}${
    /[.!?]$/.test(message) ? '' : '.'
  }`;

/** Each member once, whatever their roles, plus the current owner if gone. */
export function ownerOptions(programme: Programme, current?: string): string[] {
  const refs: string[] = [];
  for (const ref of [
    ...programme.members.map(m => m.userRef),
    ...(current ? [current] : []),
  ]) {
    if (!refs.some(r => same(r, ref))) refs.push(ref);
  }
  return refs;
}

/** Whether a failed call was refused because the data changed meanwhile. */
export const isStale = (error: unknown) =>
  (error as { statusCode?: number } | null)?.statusCode === 409;
