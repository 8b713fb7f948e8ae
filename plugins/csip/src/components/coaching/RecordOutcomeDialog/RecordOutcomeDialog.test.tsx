import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CsipApi, csipApiRef } from '../../../api';
import { aFollowUp } from '../../../__testUtils__/coachingFixtures';
import { aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { RecordOutcomeDialog } from './RecordOutcomeDialog';

async function renderDialog(csipApi: CsipApi) {
  const handlers = {
    onRecorded: jest.fn(),
    onClose: jest.fn(),
    onStale: jest.fn(),
  };
  await renderInTestApp(
    <RecordOutcomeDialog followUp={aFollowUp()} {...handlers} />,
    {
      apis: [[csipApiRef, csipApi], catalogApiMock()],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
  const dialog = screen.getByRole('dialog', { name: 'Record the outcome' });
  return { dialog, ...handlers };
}

const user = () => userEvent.setup({ delay: null });

describe('RecordOutcomeDialog', () => {
  it('shows the commitment and asks how it went', async () => {
    const { dialog } = await renderDialog(mockCsipApi());
    expect(
      within(dialog).getByText('Add a backout-plan check to the change form'),
    ).toBeInTheDocument();
    const choices = within(dialog).getByRole('radiogroup');
    expect(
      within(choices)
        .getAllByRole('radio')
        .map(r => r.closest('label')?.textContent),
    ).toEqual(['Kept', 'Partly kept', 'Not yet']);
  });

  it('asks for the outcome before sending anything', async () => {
    const csipApi = mockCsipApi();
    const { dialog } = await renderDialog(csipApi);
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(
      await within(dialog).findByText('Choose how the commitment went.'),
    ).toBeInTheDocument();
    expect(csipApi.recordFollowUpOutcome).not.toHaveBeenCalled();
  });

  it('records the outcome with a note', async () => {
    const saved = aFollowUp({ outcome: 'partly', note: 'Half the forms' });
    const csipApi = mockCsipApi({ recordFollowUpOutcome: async () => saved });
    const { dialog, onRecorded } = await renderDialog(csipApi);
    await user().click(
      within(dialog).getByRole('radio', { name: 'Partly kept' }),
    );
    await user().type(
      within(dialog).getByRole('textbox', { name: /Note/ }),
      'Half the forms',
    );
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() =>
      expect(csipApi.recordFollowUpOutcome).toHaveBeenCalledWith('f1', {
        outcome: 'partly',
        note: 'Half the forms',
      }),
    );
    expect(onRecorded).toHaveBeenCalledWith(saved);
  });

  it('says clearly when the outcome was recorded already (409)', async () => {
    const csipApi = mockCsipApi({
      recordFollowUpOutcome: async () => {
        throw aResponseError(
          409,
          'ConflictError',
          'Follow-up f1 has an outcome',
        );
      },
    });
    const { dialog, onStale, onRecorded } = await renderDialog(csipApi);
    await user().click(within(dialog).getByRole('radio', { name: 'Kept' }));
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The outcome was not recorded: This commitment already has an outcome, perhaps recorded by someone else just now.',
    );
    expect(onStale).toHaveBeenCalled();
    expect(onRecorded).not.toHaveBeenCalled();
  });
});
