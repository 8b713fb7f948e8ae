import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { LoadState } from './LoadState';

describe('LoadState', () => {
  it('shows the error with its title when loading failed', async () => {
    await renderInTestApp(
      <LoadState
        state={{ error: new Error('boom') }}
        errorTitle="Could not load the thing"
      >
        {(value: string) => <p>{value}</p>}
      </LoadState>,
    );
    expect(screen.getByText(/Could not load the thing/)).toBeInTheDocument();
  });

  it('offers to try again after a failure, and shows progress while it does', async () => {
    // Loads, fails, and on Try again loads once more (progress shows
    // first, as in a view).
    const Retrying = () => {
      const [step, setStep] = useState<'first' | 'failed' | 'again'>('first');
      useEffect(() => {
        if (step === 'first') setStep('failed');
      }, [step]);
      return (
        <LoadState
          state={{
            error: step === 'first' ? undefined : new Error('boom'),
            loading: step !== 'failed',
            retry: () => setStep('again'),
          }}
          errorTitle="Could not load the thing"
        >
          {(value: string) => <p>{value}</p>}
        </LoadState>
      );
    };
    await renderInTestApp(<Retrying />);
    expect(
      await screen.findByText('Could not load the thing: boom.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByText(/Could not load the thing/)).toBeNull();
  });

  it('shows the view once the value is loaded', async () => {
    await renderInTestApp(
      <LoadState state={{ value: 'Loaded' }} errorTitle="Could not load">
        {(value: string) => <p>{value}</p>}
      </LoadState>,
    );
    expect(screen.getByText('Loaded')).toBeInTheDocument();
  });
});
