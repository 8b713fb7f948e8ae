import { TestApiProvider } from '@backstage/frontend-test-utils';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CsipApi, csipApiRef } from '../../api';
import { anAction } from '../../__testUtils__/actionFixtures';
import { mockCsipApi } from '../../__testUtils__/mockCsipApi';
import { useActions } from './useActions';

function render(csipApi: CsipApi) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[csipApiRef, csipApi]]}>{children}</TestApiProvider>
  );
  return renderHook(() => useActions('p1'), { wrapper });
}

describe('useActions', () => {
  it('changes a status in place, without loading the register again', async () => {
    const csipApi = mockCsipApi({
      listActions: async () => ({
        items: [anAction(), anAction({ id: 'a2' })],
      }),
      updateAction: async (id, update) =>
        anAction({ id, status: update.status, version: 2 }),
    });
    const { result } = render(csipApi);
    await waitFor(() => expect(result.current.value).toHaveLength(2));

    await act(() => result.current.setStatus(anAction(), 'done'));

    expect(csipApi.updateAction).toHaveBeenCalledWith('a1', {
      version: 1,
      status: 'done',
    });
    expect(result.current.value?.map(a => [a.id, a.status])).toEqual([
      ['a1', 'done'],
      ['a2', 'open'],
    ]);
    expect(csipApi.listActions).toHaveBeenCalledTimes(1);
  });

  it('adds a new action to the end', async () => {
    const csipApi = mockCsipApi({
      listActions: async () => ({ items: [anAction()] }),
    });
    const { result } = render(csipApi);
    await waitFor(() => expect(result.current.value).toHaveLength(1));

    act(() => result.current.replace(anAction({ id: 'a3' })));

    expect(result.current.value?.map(a => a.id)).toEqual(['a1', 'a3']);
  });
});
