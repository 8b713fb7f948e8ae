import { TestApiProvider } from '@backstage/frontend-test-utils';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CsipApi, csipApiRef } from '../../api';
import { mockCsipApi } from '../../__testUtils__/mockCsipApi';
import { useScopeAgreements } from './useScopeAgreements';

function render(csipApi: CsipApi, versionNumber: number | undefined) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[csipApiRef, csipApi]]}>{children}</TestApiProvider>
  );
  return renderHook(() => useScopeAgreements('p1', versionNumber), {
    wrapper,
  });
}

const agreement = {
  programmeId: 'p1',
  versionNumber: 2,
  userRef: 'user:default/dana.sponsor',
  decision: 'agree' as const,
  comment: '',
  at: '2026-12-02T10:04:00.000Z',
};

describe('useScopeAgreements', () => {
  it('loads the record of a version, and again on retry', async () => {
    const csipApi = mockCsipApi({
      listScopeAgreements: async () => ({ items: [agreement] }),
    });
    const { result } = render(csipApi, 2);

    await waitFor(() => expect(result.current.value).toEqual([agreement]));
    expect(csipApi.listScopeAgreements).toHaveBeenCalledWith('p1', 2);

    act(() => result.current.retry());
    await waitFor(() =>
      expect(csipApi.listScopeAgreements).toHaveBeenCalledTimes(2),
    );
  });

  it('asks for nothing while there is no version', async () => {
    const csipApi = mockCsipApi();
    const { result } = render(csipApi, undefined);

    await waitFor(() => expect(result.current.value).toEqual([]));
    expect(csipApi.listScopeAgreements).not.toHaveBeenCalled();
  });
});
