import { mockApis } from '@backstage/frontend-test-utils';

type Authorize = NonNullable<
  NonNullable<Parameters<typeof mockApis.permission>[0]>['authorize']
>;

/**
 * `AuthorizeResult.ALLOW | AuthorizeResult.DENY`, without a dependency on
 * `@backstage/plugin-permission-common` in this package.
 */
export type PermissionResult = Exclude<Authorize, (...args: any[]) => any>;

/** `AuthorizeResult.ALLOW`. */
export const ALLOW = 'ALLOW' as PermissionResult;
/** `AuthorizeResult.DENY`. */
export const DENY = 'DENY' as PermissionResult;

/**
 * A permission API whose policy denies the named permissions, such as
 * `csip.review.write`, and allows everything else.
 */
export function policyDenying(
  ...names: string[]
): ReturnType<typeof mockApis.permission> {
  return mockApis.permission({
    authorize: request =>
      names.includes(request.permission.name) ? DENY : ALLOW,
  });
}

let lastId = 0;

/**
 * A programme id no other test of the file used. `usePermission` keeps its
 * answers per permission and programme id for the whole test file
 * (stale-while-revalidate), so a test whose policy denies asks about a
 * programme of its own, or later tests would see its answer.
 */
export function freshProgrammeId(): string {
  lastId += 1;
  return `p-policy-${lastId}`;
}
