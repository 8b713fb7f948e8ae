import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { AdviceEntry } from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  anAdviceEntry,
  anAdviceResponse,
} from '../../../__testUtils__/reviewCoachingFixtures';
import type { AdviceDialogMode } from '../AdviceItem';
import { AdviceResponseDialog } from './AdviceResponseDialog';

async function renderDialog(
  csipApi: CsipApi,
  entry: AdviceEntry = anAdviceEntry(),
  mode: AdviceDialogMode = 'respond',
) {
  const handlers = {
    onClose: jest.fn(),
    onResponded: jest.fn(),
    onStale: jest.fn(),
  };
  await renderInTestApp(
    <AdviceResponseDialog entry={entry} mode={mode} {...handlers} />,
    { apis: [[csipApiRef, csipApi]] },
  );
  return { ...handlers, user: userEvent.setup({ delay: null }) };
}

describe('AdviceResponseDialog', () => {
  it('asks for a response before anything is sent', async () => {
    const csipApi = mockCsipApi();
    const { user } = await renderDialog(csipApi);
    const dialog = screen.getByRole('dialog', {
      name: 'Respond to “Risk checklist”',
    });
    expect(dialog).toHaveTextContent(
      'Risk checklist: Try a five-question checklist in the change form.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Respond' }));
    expect(
      await within(dialog).findByText('Choose Adopt, Defer or Decline.'),
    ).toBeInTheDocument();
    expect(csipApi.respondToSuggestion).not.toHaveBeenCalled();
  });

  it('sends the response with the number of responses seen', async () => {
    const response = anAdviceResponse();
    const csipApi = mockCsipApi({
      respondToSuggestion: async () => response,
    });
    const { user, onResponded } = await renderDialog(csipApi);
    await user.click(screen.getByRole('radio', { name: 'Adopt' }));
    await user.click(screen.getByRole('button', { name: 'Respond' }));
    await waitFor(() => expect(onResponded).toHaveBeenCalledWith(response));
    expect(csipApi.respondToSuggestion).toHaveBeenCalledWith('r1', 0, {
      response: 'adopt',
      seen: 0,
    });
  });

  it('explains a response recorded meanwhile (409) and loads the advice again', async () => {
    const csipApi = mockCsipApi({
      respondToSuggestion: async () => {
        throw aResponseError(
          409,
          'ConflictError',
          'Suggestion 0 has 2 responses, not 1',
        );
      },
    });
    const { user, onStale, onResponded } = await renderDialog(
      csipApi,
      anAdviceEntry({ latest: anAdviceResponse(), responses: 1 }),
      'respond',
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Respond to “Risk checklist”',
    });
    expect(dialog).toHaveTextContent(/The team’s latest response: Adopted on/);
    await user.click(within(dialog).getByRole('radio', { name: 'Decline' }));
    await user.click(within(dialog).getByRole('button', { name: 'Respond' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The response was not recorded: Suggestion 0 has 2 responses, not 1. Someone recorded a response to this suggestion meanwhile; the latest one is shown above now.',
    );
    expect(onStale).toHaveBeenCalled();
    expect(onResponded).not.toHaveBeenCalled();
    expect(csipApi.respondToSuggestion).toHaveBeenCalledWith('r1', 0, {
      response: 'decline',
      seen: 1,
    });
  });
});
