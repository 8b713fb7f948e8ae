import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CsipApi, csipApiRef } from '../../../api';
import { aMoment } from '../../../__testUtils__/coachingFixtures';
import {
  aProgramme,
  aResponseError,
  aScopeView,
} from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  aMaturityModel,
  aProcessDefinition,
} from '../../../__testUtils__/reviewsTabFixtures';
import { RecordMomentDialog } from './RecordMomentDialog';

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    getMaturityModel: async () => aMaturityModel(),
    getScope: async () => aScopeView(),
    recordMoment: async () => aMoment(),
    ...overrides,
  });

async function renderDialog(csipApi: CsipApi) {
  const onRecorded = jest.fn();
  const onClose = jest.fn();
  await renderInTestApp(
    <RecordMomentDialog
      open
      programme={aProgramme()}
      onClose={onClose}
      onRecorded={onRecorded}
    />,
    { apis: [[csipApiRef, csipApi]] },
  );
  const dialog = await screen.findByRole('dialog', {
    name: 'Record a coaching moment',
  });
  await within(dialog).findByRole('combobox', { name: /Process/ });
  return { dialog, onRecorded, onClose };
}

const user = () => userEvent.setup({ delay: null });

describe('RecordMomentDialog', () => {
  it('offers the processes in scope first, chosen already, and the kind in the work', async () => {
    const { dialog } = await renderDialog(api());
    const process = within(dialog).getByRole('combobox', { name: /Process/ });
    expect(process).toHaveValue('change');
    const [inScope, others] = within(process).getAllByRole('group');
    expect(inScope).toHaveAttribute('label', 'In scope');
    expect(within(inScope).getAllByRole('option')).toHaveLength(1);
    expect(others).toHaveAttribute('label', 'Other processes');
    expect(
      within(others)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Configuration management', 'Release management']);
    expect(
      within(dialog).getByRole('radio', { name: 'In the work' }),
    ).toBeChecked();
    expect(
      within(dialog).getByRole('radio', { name: 'Scheduled session' }),
    ).not.toBeChecked();
  });

  it('needs only the process, the kind and the observation', async () => {
    const csipApi = api({
      getScope: async () => aScopeView({ current: undefined }),
    });
    const { dialog, onRecorded } = await renderDialog(csipApi);
    const process = within(dialog).getByRole('combobox', { name: /Process/ });
    expect(process).toHaveValue('');
    expect(within(process).queryAllByRole('group')).toHaveLength(0);

    await user().click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(
      await within(dialog).findByText(
        'Choose the process the moment is about.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Say what you observed.'),
    ).toBeInTheDocument();
    expect(csipApi.recordMoment).not.toHaveBeenCalled();

    await user().selectOptions(process, 'release');
    await user().click(
      within(dialog).getByRole('radio', { name: 'Scheduled session' }),
    );
    await user().type(
      within(dialog).getByRole('textbox', { name: /Observation/ }),
      '  The release calendar is kept by one person. ',
    );
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));

    await waitFor(() =>
      expect(csipApi.recordMoment).toHaveBeenCalledWith('p1', {
        process: 'release',
        kind: 'scheduled',
        observation: 'The release calendar is kept by one person.',
      }),
    );
    expect(onRecorded).toHaveBeenCalledWith(aMoment());
  });

  it('records an in-the-work moment with a question from the bank, the answer and a commitment', async () => {
    const csipApi = api();
    const { dialog } = await renderDialog(csipApi);
    const [criterion] = aProcessDefinition('change').criteria;
    const bankQuestion = criterion.questions[0];

    await user().selectOptions(
      within(dialog).getByRole('combobox', { name: /Kind of work/ }),
      'CAB meeting',
    );
    await user().type(
      within(dialog).getByRole('textbox', { name: /Reference/ }),
      'CAB-2026-47',
    );
    await user().type(
      within(dialog).getByRole('textbox', { name: /Observation/ }),
      'Two changes reached the CAB without a backout plan.',
    );
    await user().click(
      within(dialog).getByRole('combobox', { name: /Question asked/ }),
    );
    const bank = await screen.findByRole('listbox');
    expect(
      within(bank).getByText(`Level 1 · ${criterion.text}`),
    ).toBeInTheDocument();
    await user().click(
      within(bank).getByRole('option', { name: bankQuestion }),
    );
    expect(
      within(dialog).getByRole('combobox', { name: /Question asked/ }),
    ).toHaveValue(bankQuestion);
    await user().type(
      within(dialog).getByRole('textbox', { name: /The team’s answer/ }),
      'A tested backout plan.',
    );
    await user().type(
      within(dialog).getByRole('textbox', { name: /What the team commits to/ }),
      'Add a backout-plan check to the change form',
    );
    await user().selectOptions(
      within(dialog).getByRole('combobox', { name: /Owner/ }),
      'priya.change',
    );
    await user().type(
      within(dialog).getByLabelText(/Follow up on/),
      '2026-12-01',
    );
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));

    await waitFor(() =>
      expect(csipApi.recordMoment).toHaveBeenCalledWith('p1', {
        process: 'change',
        kind: 'in-the-work',
        context: { kind: 'cab-meeting', ref: 'CAB-2026-47' },
        observation: 'Two changes reached the CAB without a backout plan.',
        question: bankQuestion,
        answer: 'A tested backout plan.',
        commitment: {
          text: 'Add a backout-plan check to the change form',
          owner: 'user:default/priya.change',
          followUpOn: '2026-12-01',
        },
      }),
    );
  });

  it('keeps a question in the coach’s own words', async () => {
    const csipApi = api();
    const { dialog } = await renderDialog(csipApi);
    await user().type(
      within(dialog).getByRole('textbox', { name: /Observation/ }),
      'The CAB agenda went out late.',
    );
    await user().type(
      within(dialog).getByRole('combobox', { name: /Question asked/ }),
      'Who needs the agenda first?',
    );
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() =>
      expect(csipApi.recordMoment).toHaveBeenCalledWith(
        'p1',
        expect.objectContaining({ question: 'Who needs the agenda first?' }),
      ),
    );
  });

  it('says what a half-filled context or commitment is missing', async () => {
    const csipApi = api();
    const { dialog } = await renderDialog(csipApi);
    await user().type(
      within(dialog).getByRole('textbox', { name: /Observation/ }),
      'Seen at the CAB.',
    );
    await user().type(
      within(dialog).getByRole('textbox', { name: /Reference/ }),
      'CHG0031245',
    );
    await user().type(
      within(dialog).getByRole('textbox', { name: /What the team commits to/ }),
      'Write the backout plan first',
    );
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));

    expect(
      await within(dialog).findByText(
        'Choose the kind of work, or clear the reference and the title.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Choose who sees the commitment through.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Choose the date to follow the commitment up.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        '3 fields need attention; see the messages next to them.',
      ),
    ).toBeInTheDocument();
    expect(csipApi.recordMoment).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal and keeps what was typed', async () => {
    const csipApi = api({
      recordMoment: async () => {
        throw aResponseError(
          403,
          'NotAllowedError',
          'Only the programme’s coaches and leads record coaching moments',
        );
      },
    });
    const { dialog, onRecorded } = await renderDialog(csipApi);
    const observation = within(dialog).getByRole('textbox', {
      name: /Observation/,
    });
    await user().type(observation, 'Seen at the CAB.');
    await user().click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The moment was not recorded: Only the programme’s coaches and leads record coaching moments',
    );
    expect(observation).toHaveValue('Seen at the CAB.');
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it('says when the processes cannot be loaded', async () => {
    const onClose = jest.fn();
    const csipApi = api({
      getMaturityModel: async () => {
        throw aResponseError(500, 'Error', 'Database unavailable');
      },
    });
    await renderInTestApp(
      <RecordMomentDialog
        open
        programme={aProgramme()}
        onClose={onClose}
        onRecorded={jest.fn()}
      />,
      { apis: [[csipApiRef, csipApi]] },
    );
    expect(
      await screen.findByText(
        'Could not load the processes: Database unavailable.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record' })).toBeDisabled();
    await user().click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
  });
});
