import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CsipApi, csipApiRef } from '../../../api';
import { aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { ReminderPreferences } from './ReminderPreferences';

function renderChoice(csipApi: CsipApi) {
  return renderInTestApp(<ReminderPreferences />, {
    apis: [[csipApiRef, csipApi]],
  });
}

describe('ReminderPreferences', () => {
  it('shows the current choice and saves a new one at once', async () => {
    const csipApi = mockCsipApi({
      putMyReminderPreferences: async body => body,
    });
    await renderChoice(csipApi);
    const each = await screen.findByRole('radio', {
      name: 'Each reminder as it comes',
    });
    expect(each).toBeChecked();
    await userEvent.click(
      screen.getByRole('radio', { name: 'One weekly digest' }),
    );
    await waitFor(() =>
      expect(csipApi.putMyReminderPreferences).toHaveBeenCalledWith({
        delivery: 'weekly-digest',
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved: one weekly digest.',
    );
    expect(
      screen.getByRole('radio', { name: 'One weekly digest' }),
    ).toBeChecked();
  });

  it('goes back to the stored choice and says why when saving fails', async () => {
    const csipApi = mockCsipApi({
      getMyReminderPreferences: async () => ({ delivery: 'weekly-digest' }),
      putMyReminderPreferences: async () => {
        throw aResponseError(500, 'Error', 'Database unavailable');
      },
    });
    await renderChoice(csipApi);
    await userEvent.click(
      await screen.findByRole('radio', { name: 'Each reminder as it comes' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your choice was not saved: Database unavailable.',
    );
    expect(
      screen.getByRole('radio', { name: 'One weekly digest' }),
    ).toBeChecked();
  });

  it('says when the choice cannot be loaded', async () => {
    await renderChoice(
      mockCsipApi({
        getMyReminderPreferences: async () => {
          throw aResponseError(500, 'Error', 'Database unavailable');
        },
      }),
    );
    expect(
      await screen.findByText(
        'Could not load your reminder choice: Database unavailable.',
      ),
    ).toBeInTheDocument();
  });
});
