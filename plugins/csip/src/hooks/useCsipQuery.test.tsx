import { TestApiProvider } from '@backstage/frontend-test-utils';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CsipApi, csipApiRef } from '../api';
import { aProgramme, aResponseError } from '../__testUtils__/fixtures';
import { mockCsipApi } from '../__testUtils__/mockCsipApi';
import { useCsipQuery } from './useCsipQuery';

function render(csipApi: CsipApi, initialId = 'p1') {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[csipApiRef, csipApi]]}>{children}</TestApiProvider>
  );
  return renderHook(
    ({ id }) => useCsipQuery(api => api.getProgramme(id), [id]),
    { wrapper, initialProps: { id: initialId } },
  );
}

describe('useCsipQuery', () => {
  it('loads the value, again on retry, keeping it meanwhile', async () => {
    const csipApi = mockCsipApi({ getProgramme: async () => aProgramme() });
    const { result } = render(csipApi);
    expect(result.current.loading).toBe(true);

    await waitFor(() => expect(result.current.value?.id).toBe('p1'));
    expect(result.current.loading).toBe(false);

    act(() => result.current.retry());
    expect(result.current.value?.id).toBe('p1');
    await waitFor(() => expect(csipApi.getProgramme).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(result.current.loading).toBe(false));
  });

  it('loads again when its dependencies change', async () => {
    const csipApi = mockCsipApi({
      getProgramme: async id => aProgramme({ id }),
    });
    const { result, rerender } = render(csipApi);
    await waitFor(() => expect(result.current.value?.id).toBe('p1'));

    rerender({ id: 'p2' });
    await waitFor(() => expect(result.current.value?.id).toBe('p2'));
    expect(csipApi.getProgramme).toHaveBeenLastCalledWith('p2');
  });

  it('gives the error when loading fails', async () => {
    const csipApi = mockCsipApi({
      getProgramme: async () => {
        throw aResponseError(404, 'NotFoundError', 'Programme p1 not found');
      },
    });
    const { result } = render(csipApi);
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.value).toBeUndefined();
  });

  it('tells what kind of failure it is, and loads again on retry', async () => {
    const getProgramme = jest
      .fn()
      .mockRejectedValueOnce(
        aResponseError(404, 'NotFoundError', 'Programme p1 not found'),
      )
      .mockRejectedValueOnce(aResponseError(403, 'NotAllowedError', 'No'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(aProgramme());
    const { result } = render(mockCsipApi({ getProgramme }));
    await waitFor(() => expect(result.current.errorKind).toBe('notFound'));

    act(() => result.current.retry());
    await waitFor(() => expect(result.current.errorKind).toBe('forbidden'));
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.errorKind).toBe('failure'));
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.value?.id).toBe('p1'));
    expect(result.current.error).toBeUndefined();
    expect(result.current.errorKind).toBeUndefined();
  });
});
