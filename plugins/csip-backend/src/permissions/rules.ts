import {
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  CSIP_PROGRAMME_RESOURCE_TYPE,
  holdsAnyRole,
  Programme,
  programmeRoleSchema,
} from '@csip-coach/plugin-csip-common';
import { z } from 'zod';

/**
 * How conditions on programmes are expressed as data: the programme must
 * have one of `userRefs` as a member in one of `roles`.
 *
 * @public
 */
export type ProgrammeQuery = {
  hasProgrammeRole: { userRefs: string[]; roles: string[] };
};

/**
 * The `csip-programme` resource in the permission framework.
 *
 * @public
 */
export const programmeResourceRef = createPermissionResourceRef<
  Programme,
  ProgrammeQuery
>().with({
  pluginId: 'csip',
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

const hasProgrammeRoleParams = z.object({
  userRefs: z
    .array(z.string())
    .describe('User entity refs, e.g. the signed-in user and their groups'),
  roles: z
    .array(programmeRoleSchema)
    .describe('Programme roles that qualify: sponsor, coach, lead, member'),
});

/** True when one of the given people holds one of the given roles. */
export function holdsRole(
  programme: Pick<Programme, 'members'>,
  params: { userRefs: string[]; roles: string[] },
): boolean {
  return holdsAnyRole(programme.members, params.userRefs, params.roles);
}

/**
 * Permission rule: the user holds one of the given roles in the programme.
 * Lets a portal policy say, for example, "only sponsors and leads decide the
 * approach".
 *
 * @public
 */
export const hasProgrammeRole = createPermissionRule({
  name: 'HAS_PROGRAMME_ROLE',
  description:
    'Allow when one of the given users holds one of the given roles in the programme',
  resourceRef: programmeResourceRef,
  paramsSchema: hasProgrammeRoleParams,
  apply: (programme, params) => holdsRole(programme, params),
  toQuery: params => ({ hasProgrammeRole: params }),
});

/** @public */
export const programmeRules = { hasProgrammeRole };
