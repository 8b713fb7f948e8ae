import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aResponseError } from '../../../__testUtils__/fixtures';
import { LoadError } from './LoadError';

describe('LoadError', () => {
  it('says a missing thing does not exist, with the way back and no retry', async () => {
    const retry = jest.fn();
    await renderInTestApp(
      <LoadError
        failed={{
          error: aResponseError(404, 'NotFoundError', 'No review r9'),
          retry,
        }}
        title="Could not load the review"
        back={{ to: '/csip', label: 'Back to the list' }}
      />,
    );
    expect(
      screen.getByText(
        'Could not load the review: it does not exist or was removed.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('No review r9')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the list' }),
    ).toHaveAttribute('href', '/csip');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('says the user may not see it, with the server’s reason', async () => {
    await renderInTestApp(
      <LoadError
        failed={{
          error: aResponseError(403, 'NotAllowedError', 'Members only'),
          retry: jest.fn(),
        }}
        title="Could not load the scope"
      />,
    );
    expect(
      screen.getByText('Could not load the scope: you may not see this.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Members only')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('says a failure in a sentence and tries again', async () => {
    const retry = jest.fn();
    await renderInTestApp(
      <LoadError
        failed={{ error: new Error('database unavailable'), retry }}
        title="Could not load the phases"
      />,
    );
    expect(
      screen.getByText('Could not load the phases: database unavailable.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('follows the kind the data hook gave', async () => {
    await renderInTestApp(
      <LoadError
        failed={{ error: new Error('gone'), errorKind: 'notFound' }}
        title="Could not load the programme"
        notFound="This programme does not exist or was removed."
      />,
    );
    expect(
      screen.getByText('This programme does not exist or was removed.'),
    ).toBeInTheDocument();
  });
});
