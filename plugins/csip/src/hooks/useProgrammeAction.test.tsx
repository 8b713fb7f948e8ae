import { mockApis, TestApiProvider } from '@backstage/frontend-test-utils';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { aProgramme } from '../__testUtils__/fixtures';
import { ALLOW, DENY } from '../__testUtils__/permissionFixtures';
import {
  ProgrammeAction,
  ProgrammeActionOptions,
  ProgrammeForAction,
  useProgrammeAction,
} from './useProgrammeAction';

type Authorize = Parameters<typeof mockApis.permission>[0];

function render(
  action: ProgrammeAction,
  programme: ProgrammeForAction | undefined,
  {
    userEntityRef = 'user:default/alex.coach',
    authorize,
    options,
  }: {
    userEntityRef?: string;
    authorize?: NonNullable<Authorize>['authorize'];
    options?: ProgrammeActionOptions;
  } = {},
) {
  const permissionApi = mockApis.permission({ authorize });
  const authorizeSpy = jest.spyOn(permissionApi, 'authorize');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider
      apis={[mockApis.identity({ userEntityRef }), permissionApi]}
    >
      {children}
    </TestApiProvider>
  );
  const hook = renderHook(
    () => useProgrammeAction(action, programme, options),
    { wrapper },
  );
  return { ...hook, authorizeSpy };
}

async function settled(...args: Parameters<typeof render>) {
  const { result, authorizeSpy } = render(...args);
  await waitFor(() => expect(result.current.loading).toBe(false));
  return { access: result.current, authorizeSpy };
}

// usePermission caches answers by permission and programme id across
// renders (stale-while-revalidate), so each test asks about its own id.
let count = 0;
const programme = (overrides: Partial<ProgrammeForAction> = {}) => ({
  ...aProgramme(),
  id: `p-hook-${++count}`,
  ...overrides,
});

describe('useProgrammeAction', () => {
  it('allows a coach to write reviews when the policy allows it', async () => {
    const p = programme();
    const { access, authorizeSpy } = await settled('writeReview', p);
    expect(access).toEqual({ loading: false, allowed: true });
    expect(authorizeSpy).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: expect.objectContaining({ name: 'csip.review.write' }),
        resourceRef: p.id,
      }),
    );
  });

  it('names the role rule first, without asking the policy', async () => {
    const { access, authorizeSpy } = await settled('writeReview', programme(), {
      userEntityRef: 'user:default/dana.sponsor',
    });
    expect(access).toEqual({
      loading: false,
      allowed: false,
      reason: 'Only the programme’s coaches record reviews',
    });
    expect(authorizeSpy).not.toHaveBeenCalled();
  });

  it('compares entity refs case-insensitively', async () => {
    const { access } = await settled('writeReview', programme(), {
      userEntityRef: 'user:default/Alex.Coach',
    });
    expect(access.allowed).toBe(true);
  });

  it('says when the portal’s policy does not allow it', async () => {
    const { access } = await settled('writeReview', programme(), {
      authorize: DENY,
    });
    expect(access).toEqual({
      loading: false,
      allowed: false,
      reason:
        'Your portal’s permission policy does not allow you to write, publish or amend reviews',
    });
  });

  it('keeps each action’s roles: leads and coaches publish scope and keep the skills', async () => {
    const lead = { userEntityRef: 'user:default/priya.change' };
    expect((await settled('publishScope', programme(), lead)).access).toEqual({
      loading: false,
      allowed: true,
    });
    expect(
      (await settled('manageHandover', programme(), lead)).access.allowed,
    ).toBe(true);
    expect(
      (await settled('verifyHandoverItem', programme(), lead)).access.reason,
    ).toBe('Only the programme’s coaches verify handover items');
    const sponsor = { userEntityRef: 'user:default/dana.sponsor' };
    expect(
      (await settled('publishScope', programme(), sponsor)).access.reason,
    ).toBe('Only the programme’s leads and coaches publish scope versions');
    expect(
      (await settled('manageActions', programme(), sponsor)).access.allowed,
    ).toBe(true);
    expect(
      (
        await settled('updateHandoverItem', programme(), {
          userEntityRef: 'user:default/somebody.else',
        })
      ).access.reason,
    ).toBe('Only the programme’s members update its handover items');
  });

  it('lets the listed approvers agree the scope, not only the roles', async () => {
    const eligible = ['user:default/dana.sponsor', 'user:default/priya.change'];
    expect(
      (
        await settled('agreeScope', programme(), {
          userEntityRef: 'user:default/priya.change',
          options: { eligible },
        })
      ).access.allowed,
    ).toBe(true);
    expect(
      (
        await settled('agreeScope', programme(), {
          userEntityRef: 'user:default/alex.coach',
          options: { eligible },
        })
      ).access.reason,
    ).toBe(
      'Only the programme’s sponsors and the listed approvers agree its scope',
    );
  });

  // Every action on a programme now has a role rule ("Who may do what"):
  // editing it and moving its phase are for leads and coaches.
  it('asks the policy about the programme once a lead passes the role rule', async () => {
    const target = programme();
    const { access, authorizeSpy } = await settled('movePhase', target, {
      userEntityRef: 'user:default/priya.change',
      authorize: request =>
        'resourceRef' in request && request.resourceRef === target.id
          ? DENY
          : ALLOW,
    });
    expect(access.reason).toBe(
      'Your portal’s permission policy does not allow you to move this programme between phases',
    );
    expect(authorizeSpy).toHaveBeenCalledTimes(1);
  });

  it('does not let a sponsor edit the programme, and does not ask the policy', async () => {
    const { access, authorizeSpy } = await settled(
      'updateProgramme',
      programme(),
      { userEntityRef: 'user:default/dana.sponsor' },
    );
    expect(access).toEqual({
      loading: false,
      allowed: false,
      reason:
        'Only the programme’s leads and coaches change its title, vision, drivers and owner',
    });
    expect(authorizeSpy).not.toHaveBeenCalled();
  });

  it('asks about creating programmes without a programme', async () => {
    const { access, authorizeSpy } = await settled(
      'createProgramme',
      undefined,
    );
    expect(access.allowed).toBe(true);
    expect(authorizeSpy).toHaveBeenCalledWith({
      permission: expect.objectContaining({ name: 'csip.programme.create' }),
    });
  });

  it('stays loading until the programme and its members are known', async () => {
    const { result, authorizeSpy } = render('writeReview', undefined);
    const withoutMembers = render('writeReview', { id: 'p-hook-no-members' });
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(result.current).toEqual({ loading: true, allowed: false });
    expect(withoutMembers.result.current.loading).toBe(true);
    expect(authorizeSpy).not.toHaveBeenCalled();
  });

  it('says when the permissions could not be checked', async () => {
    const permissionApi = mockApis.permission.mock({
      authorize: async () => {
        throw new Error('permission backend is down');
      },
    });
    const p = programme();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider
        apis={[
          mockApis.identity({ userEntityRef: 'user:default/alex.coach' }),
          permissionApi,
        ]}
      >
        {children}
      </TestApiProvider>
    );
    const { result } = renderHook(() => useProgrammeAction('writeReview', p), {
      wrapper,
    });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current).toEqual({
      loading: false,
      allowed: false,
      reason: 'Could not check your permissions: permission backend is down',
    });
  });
});
