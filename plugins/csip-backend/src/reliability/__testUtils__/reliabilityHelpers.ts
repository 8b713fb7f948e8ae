import {
  BackstageCredentials,
  BackstageUserInfo,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  type AuthorizePermissionRequest,
  type AuthorizePermissionResponse,
  type QueryPermissionRequest,
  type QueryPermissionResponse,
} from '@backstage/plugin-permission-common';
import {
  CSIP_PROGRAMME_RESOURCE_TYPE,
  csipProgrammeReadPermission,
  type Programme,
  type ProgrammeMember,
  type ProgrammeRole,
} from '@csip-coach/plugin-csip-common';
import type express from 'express';
import fs from 'fs';
import { Knex } from 'knex';
import path from 'path';
import { hasProgrammeRole } from '../../permissions/rules';

/** The roles a programme member can hold, each held by one person below. */
export const ROLES: readonly ProgrammeRole[] = [
  'sponsor',
  'coach',
  'lead',
  'member',
];

/** One person per role, and one signed-in user who is no member. */
export const PEOPLE = {
  sponsor: 'user:default/dana.sponsor',
  coach: 'user:default/alex.coach',
  lead: 'user:default/priya.lead',
  member: 'user:default/omar.member',
  'non-member': 'user:default/nina.outsider',
} as const;

/** Who calls: a member in one role, a signed-in non-member, or nobody. */
export type CallerKind = ProgrammeRole | 'non-member' | 'unauthenticated';

export const CALLERS: readonly CallerKind[] = [
  ...ROLES,
  'non-member',
  'unauthenticated',
];

/** The group that owns the test programmes. */
export const OWNER_GROUP = 'group:default/it-operations';

/** The `Authorization` header of a caller (`none` credentials when unauthenticated). */
export function authHeader(caller: CallerKind | string): string {
  if (caller === 'unauthenticated') return mockCredentials.none.header();
  const ref = (PEOPLE as Record<string, string>)[caller] ?? caller;
  return mockCredentials.user.header(ref);
}

/** The members of a test programme: one person in each role. */
export const MEMBERS: ProgrammeMember[] = ROLES.map(role => ({
  userRef: PEOPLE[role],
  role,
}));

/**
 * A user info service that gives some users group memberships (the
 * `mockServices.userInfo()` default gives everyone only themselves, and its
 * custom info is the same for every user).
 */
export function userInfoWithGroups(
  groups: Record<string, string[]>,
): UserInfoService {
  return {
    async getUserInfo(
      credentials: BackstageCredentials,
    ): Promise<BackstageUserInfo> {
      const principal = credentials.principal as {
        type: string;
        userEntityRef?: string;
      };
      if (principal.type !== 'user' || !principal.userEntityRef) {
        throw new Error(`No user info for a '${principal.type}' principal`);
      }
      const ref = principal.userEntityRef;
      return {
        userEntityRef: ref,
        ownershipEntityRefs: [ref, ...(groups[ref] ?? [])],
      };
    },
  };
}

/** What the test portal policy says; tests change it between cases. */
export type TestPolicyState = {
  /** Only a programme's members (any role) may read it. */
  membersOnlyRead: boolean;
  /** Permission names the policy denies outright. */
  deny: string[];
};

const ALL_ROLES = [...ROLES];

/**
 * A permission service that behaves like the permission backend with a
 * policy of `state`: a denied name is DENY; with `membersOnlyRead` the read
 * permission is the conditional `HAS_PROGRAMME_ROLE` decision, which for a
 * single programme is applied (as the permission backend would, through the
 * plugin's rules) to the programme's members as stored.
 */
export function testPolicy(
  state: TestPolicyState,
  membersOf: () => (programmeId: string) => Promise<ProgrammeMember[]>,
): PermissionsService {
  const who = (credentials: BackstageCredentials) => {
    const principal = credentials.principal as { userEntityRef?: string };
    return principal.userEntityRef ? [principal.userEntityRef] : [];
  };
  return mockServices.permissions.mock({
    authorize: async (
      requests: AuthorizePermissionRequest[],
      options: { credentials: BackstageCredentials },
    ) =>
      Promise.all(
        requests.map(async (request): Promise<AuthorizePermissionResponse> => {
          if (state.deny.includes(request.permission.name)) {
            return { result: AuthorizeResult.DENY };
          }
          if (
            state.membersOnlyRead &&
            request.permission.name === csipProgrammeReadPermission.name &&
            request.resourceRef
          ) {
            const members = await membersOf()(request.resourceRef);
            const allowed = hasProgrammeRole.apply({ members } as Programme, {
              userRefs: who(options.credentials),
              roles: ALL_ROLES,
            });
            return {
              result: allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
            };
          }
          return { result: AuthorizeResult.ALLOW };
        }),
      ),
    authorizeConditional: async (
      requests: QueryPermissionRequest[],
      options: { credentials: BackstageCredentials },
    ) =>
      requests.map((request): QueryPermissionResponse => {
        if (state.deny.includes(request.permission.name)) {
          return { result: AuthorizeResult.DENY };
        }
        if (
          state.membersOnlyRead &&
          request.permission.name === csipProgrammeReadPermission.name
        ) {
          return {
            result: AuthorizeResult.CONDITIONAL,
            pluginId: 'csip',
            resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
            conditions: {
              rule: 'HAS_PROGRAMME_ROLE',
              resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
              params: { userRefs: who(options.credentials), roles: ALL_ROLES },
            },
          };
        }
        return { result: AuthorizeResult.ALLOW };
      }),
  } as Partial<PermissionsService>);
}

/** Every table of the plugin that has a `programme_id` column. */
const PROGRAMME_TABLES = [
  'csip_programme_members',
  'csip_phase_transitions',
  'csip_approach_decisions',
  'csip_scope_versions',
  'csip_scope_agreements',
  'csip_reviews',
  'csip_actions',
  'csip_handover_items',
  'csip_skills_matrices',
  'csip_programme_status',
  'csip_membership_changes',
  'csip_moments',
  'csip_follow_ups',
  'csip_advice_responses',
  'csip_review_comments',
  'csip_kpi_readings',
  'csip_self_assessments',
  'csip_feedback_rounds',
];

/**
 * Tables whose rows belong to a programme through another table (a
 * feedback round): only their row counts are compared.
 */
const COUNTED_TABLES = [
  'csip_feedback_responses',
  'csip_feedback_participants',
];

/**
 * What the database holds for one programme (every row of it, in every
 * table) and how many rows each table has in all: equal before and after a
 * request means the request wrote nothing.
 */
export async function snapshot(
  knex: Knex,
  programmeId: string,
): Promise<string> {
  const counts: Record<string, number> = {};
  const rows: Record<string, string[]> = {};
  for (const table of [
    'csip_programmes',
    ...PROGRAMME_TABLES,
    ...COUNTED_TABLES,
  ]) {
    const [{ n }] = await knex(table).count({ n: '*' });
    counts[table] = Number(n);
  }
  rows.csip_programmes = (
    await knex('csip_programmes').where({ id: programmeId })
  ).map(r => JSON.stringify(r));
  for (const table of PROGRAMME_TABLES) {
    rows[table] = (await knex(table).where({ programme_id: programmeId }))
      .map(r => JSON.stringify(r))
      .sort();
  }
  return JSON.stringify({ counts, rows });
}

/** Every POST, PUT, PATCH and DELETE route an Express app declares, as `POST /path`. */
export function mutatingRoutes(app: express.Express): string[] {
  const found = new Set<string>();
  const walk = (stack: any[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          if (['post', 'put', 'patch', 'delete'].includes(method)) {
            found.add(`${method.toUpperCase()} ${layer.route.path}`);
          }
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((app as any)._router.stack);
  return [...found].sort();
}

/** The repository's root (this file is plugins/csip-backend/src/reliability/__testUtils__). */
export const REPO_ROOT = path.resolve(__dirname, '../../../../..');

/** Writes figures to `e2e-test-report/<name>` at the repository root. */
export function writeReport(name: string, figures: unknown): string {
  const dir = path.join(REPO_ROOT, 'e2e-test-report');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}

/** `sqlite` or `pg`, as the other reliability reports name the engines. */
export function engineName(databaseId: string): 'sqlite' | 'pg' {
  return databaseId.startsWith('SQLITE') ? 'sqlite' : 'pg';
}
