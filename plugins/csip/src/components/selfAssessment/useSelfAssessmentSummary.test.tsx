import { TestApiProvider } from '@backstage/frontend-test-utils';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { csipApiRef } from '../../api';
import { mockCsipApi } from '../../__testUtils__/mockCsipApi';
import { useSelfAssessmentSummary } from './useSelfAssessmentSummary';

describe('useSelfAssessmentSummary', () => {
  const csipApi = mockCsipApi();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[csipApiRef, csipApi]]}>{children}</TestApiProvider>
  );

  it('reads the summary of the process', async () => {
    const { result } = renderHook(
      () => useSelfAssessmentSummary('p1', 'release'),
      { wrapper },
    );
    await waitFor(() => expect(result.current.value).toBeDefined());
    expect(result.current.value?.process).toBe('release');
    expect(csipApi.getSelfAssessments).toHaveBeenCalledWith('p1', {
      process: 'release',
    });
  });

  it('reads nothing without a process', async () => {
    csipApi.getSelfAssessments.mockClear();
    const { result } = renderHook(
      () => useSelfAssessmentSummary('p1', undefined),
      { wrapper },
    );
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.value).toBeUndefined();
    expect(csipApi.getSelfAssessments).not.toHaveBeenCalled();
  });
});
