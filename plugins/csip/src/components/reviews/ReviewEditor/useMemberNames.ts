import type { Programme } from '@csip-coach/plugin-csip-common';
import { useMemo } from 'react';
import { useEntityOptions } from '../../../hooks/useEntityOptions';
import { ROLE_NAMES } from '../../../util/labels';
import { refName } from '../../../util/refName';
import type { OwnerOption } from '../ReviewActionsField';

const USER_KINDS = ['User'];

/**
 * The programme's members, each once, by the name the catalog gives them
 * (or the name in their ref until the catalog answers, or when it does not
 * know them), with their roles: the people who can own an agreed action.
 */
export function useMemberNames(programme: Programme): {
  owners: OwnerOption[];
  names: string[];
} {
  const { value: users } = useEntityOptions(USER_KINDS);
  return useMemo(() => {
    const titles = new Map(
      (users ?? []).map(u => [u.ref.toLocaleLowerCase(), u.title]),
    );
    const byRef = new Map<string, { ref: string; roles: string[] }>();
    for (const { userRef, role } of programme.members) {
      const key = userRef.toLocaleLowerCase();
      const entry = byRef.get(key) ?? { ref: userRef, roles: [] };
      entry.roles.push(ROLE_NAMES[role]);
      byRef.set(key, entry);
    }
    const people = [...byRef.entries()].map(([key, { ref, roles }]) => ({
      ref,
      name: titles.get(key) ?? refName(ref),
      roles,
    }));
    people.sort((a, b) => a.name.localeCompare(b.name));
    return {
      owners: people.map(p => ({
        ref: p.ref,
        label: `${p.name} (${p.roles.join(', ')})`,
      })),
      names: people.map(p => p.name),
    };
  }, [programme.members, users]);
}
