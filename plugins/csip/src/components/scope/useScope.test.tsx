import { TestApiProvider } from '@backstage/frontend-test-utils';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CsipApi, csipApiRef } from '../../api';
import { aScopeVersion, aScopeView } from '../../__testUtils__/fixtures';
import { mockCsipApi } from '../../__testUtils__/mockCsipApi';
import { useScope } from './useScope';

function render(csipApi: CsipApi) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[csipApiRef, csipApi]]}>{children}</TestApiProvider>
  );
  return renderHook(() => useScope('p1'), { wrapper });
}

const api = () =>
  mockCsipApi({
    getScope: async () => aScopeView(),
    listScopeVersions: async () => ({
      items: [aScopeVersion({ number: 2 }), aScopeVersion({ number: 1 })],
    }),
    recordAgreement: async () => ({} as never),
  });

describe('useScope', () => {
  it('loads the scope view and every version', async () => {
    const csipApi = api();
    const { result } = render(csipApi);

    await waitFor(() => expect(result.current.value).toEqual(aScopeView()));
    await waitFor(() =>
      expect(result.current.versions.value?.map(v => v.number)).toEqual([2, 1]),
    );
    expect(csipApi.getScope).toHaveBeenCalledWith('p1');
    expect(csipApi.listScopeVersions).toHaveBeenCalledWith('p1');
  });

  it('loads the view and the versions again on retry', async () => {
    const csipApi = api();
    const { result } = render(csipApi);
    await waitFor(() => expect(result.current.versions.value).toBeDefined());

    act(() => result.current.retry());

    await waitFor(() => expect(csipApi.getScope).toHaveBeenCalledTimes(2));
    expect(csipApi.listScopeVersions).toHaveBeenCalledTimes(2);
  });

  it('records an agreement on a version, then loads the scope again', async () => {
    const csipApi = api();
    const { result } = render(csipApi);
    await waitFor(() => expect(result.current.value).toBeDefined());

    await act(() =>
      result.current.agree(2, { decision: 'decline', comment: 'Too wide' }),
    );

    expect(csipApi.recordAgreement).toHaveBeenCalledWith('p1', 2, {
      decision: 'decline',
      comment: 'Too wide',
    });
    await waitFor(() => expect(csipApi.getScope).toHaveBeenCalledTimes(2));
    expect(csipApi.listScopeVersions).toHaveBeenCalledTimes(2);
  });
});
