import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
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

  it('shows the view once the value is loaded', async () => {
    await renderInTestApp(
      <LoadState state={{ value: 'Loaded' }} errorTitle="Could not load">
        {(value: string) => <p>{value}</p>}
      </LoadState>,
    );
    expect(screen.getByText('Loaded')).toBeInTheDocument();
  });
});
