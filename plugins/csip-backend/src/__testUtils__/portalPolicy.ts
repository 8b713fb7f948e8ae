import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  ConditionalPolicyDecision,
} from '@backstage/plugin-permission-common';

/**
 * A portal policy for tests that allows or denies each permission by name
 * (and the caller's credentials), answering both ways a plugin asks: per
 * resource (`authorize`) and for the decision to apply itself
 * (`authorizeConditional`, which reads use).
 */
export function portalPolicy(
  allows: (
    permissionName: string,
    credentials: BackstageCredentials,
  ) => boolean,
) {
  const decide = (
    requests: ReadonlyArray<{ permission: { name: string } }>,
    credentials: BackstageCredentials,
  ) =>
    requests.map(r => ({
      result: allows(r.permission.name, credentials)
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    })) as never;
  return mockServices.permissions.mock({
    authorize: async (requests, { credentials }) =>
      decide(requests, credentials),
    authorizeConditional: async (requests, { credentials }) =>
      decide(requests, credentials),
  });
}

/** A portal policy that allows everything but the permission `denied`. */
export function policyDenying(denied: string) {
  return portalPolicy(name => name !== denied);
}

/**
 * The policy's conditional decision "allow where one of `userRefs` holds
 * one of `roles` in the programme" (the plugin's HAS_PROGRAMME_ROLE rule).
 */
export function whereRole(
  userRefs: string[],
  roles: string[],
): ConditionalPolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'csip',
    resourceType: 'csip-programme',
    conditions: {
      rule: 'HAS_PROGRAMME_ROLE',
      resourceType: 'csip-programme',
      params: { userRefs, roles },
    },
  };
}
