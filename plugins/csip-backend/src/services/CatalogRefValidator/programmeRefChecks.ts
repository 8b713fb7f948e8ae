import type {
  Programme,
  ProgrammeMember,
} from '@csip-coach/plugin-csip-common';
import type { CatalogRefCheck } from './CatalogRefValidator';

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/**
 * The refs of a new programme to look up: its owner and every member, named
 * as fields of the body (`ownerRef`, `members.2.userRef`), under `prefix`
 * for a programme inside a document (`programme.`).
 *
 * @internal
 */
export function newProgrammeRefs(
  programme: { ownerRef: string; members: readonly ProgrammeMember[] },
  prefix = '',
): CatalogRefCheck[] {
  return [
    { field: `${prefix}ownerRef`, ref: programme.ownerRef },
    ...programme.members.map((m, index) => ({
      field: `${prefix}members.${index}.userRef`,
      ref: m.userRef,
    })),
  ];
}

/**
 * The refs an update brings in: a different owner, and members who are not
 * members yet. Refs the programme already holds are not looked up again, so
 * a programme whose owner or member has since left the catalog can still be
 * edited.
 *
 * @internal
 */
export function changedProgrammeRefs(
  update: { ownerRef?: string; members?: readonly ProgrammeMember[] },
  current: Pick<Programme, 'ownerRef' | 'members'>,
): CatalogRefCheck[] {
  const owner =
    update.ownerRef !== undefined && !same(update.ownerRef, current.ownerRef)
      ? [{ field: 'ownerRef', ref: update.ownerRef }]
      : [];
  const members = (update.members ?? []).flatMap((m, index) =>
    current.members.some(c => same(c.userRef, m.userRef))
      ? []
      : [{ field: `members.${index}.userRef`, ref: m.userRef }],
  );
  return [...owner, ...members];
}
