import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import type {
  SelfAssessmentRecorded,
  SelfAssessmentSummary,
} from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type CsipApi, csipApiRef } from '../../../api';
import { aProgramme } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  aMaturityModel,
  aProcessDefinition,
} from '../../../__testUtils__/reviewsTabFixtures';
import { SelfAssessButton } from './SelfAssessButton';

const recorded = (
  overrides: Partial<SelfAssessmentRecorded> = {},
): SelfAssessmentRecorded => ({
  process: 'change',
  ratings: [{ criterionId: 'change-1-1', rating: 'L' }],
  anonymous: false,
  answeredAt: '2026-12-01T10:00:00.000Z',
  replaced: false,
  ...overrides,
});

const emptySummary = (
  overrides: Partial<SelfAssessmentSummary> = {},
): SelfAssessmentSummary => ({
  process: 'change',
  respondents: 0,
  anonymousWithheld: 0,
  criteria: [],
  disagreements: [],
  ...overrides,
});

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    getMaturityModel: async () => aMaturityModel(),
    recordSelfAssessment: async () => recorded(),
    ...overrides,
  });

async function renderButton(
  csipApi: CsipApi,
  userEntityRef = 'user:default/priya.change',
) {
  await renderInTestApp(<SelfAssessButton programme={aProgramme()} />, {
    apis: [
      [csipApiRef, csipApi],
      mockApis.identity({ userEntityRef }),
      mockApis.permission(),
    ],
  });
}

const user = () => userEvent.setup({ delay: null });

async function openDialog() {
  const button = await screen.findByRole('button', { name: 'Self-assess' });
  await waitFor(() => expect(button).toBeEnabled());
  await user().click(button);
  const dialog = await screen.findByRole('dialog', {
    name: 'Self-assess a process',
  });
  await within(dialog).findByRole('combobox', { name: /Process/ });
  return dialog;
}

describe('SelfAssessButton', () => {
  it('is disabled for a coach, with the reason', async () => {
    const csipApi = api();
    await renderButton(csipApi, 'user:default/alex.coach');
    expect(
      await screen.findByRole('button', { name: 'Self-assess' }),
    ).toBeDisabled();
    expect(screen.getByText(/coaches rate in the review/)).toBeInTheDocument();
  });

  it('rates each criterion of the chosen process and records the answer anonymously', async () => {
    const csipApi = api();
    await renderButton(csipApi);
    const dialog = await openDialog();

    // Nothing chosen: the form says what is missing and sends nothing.
    await user().click(
      within(dialog).getByRole('button', { name: 'Submit self-assessment' }),
    );
    expect(
      await within(dialog).findByText('Choose the process you assess.'),
    ).toBeInTheDocument();
    expect(csipApi.recordSelfAssessment).not.toHaveBeenCalled();

    await user().selectOptions(
      within(dialog).getByRole('combobox', { name: /Process/ }),
      'change',
    );
    const criteria = aProcessDefinition('change').criteria;
    const groups = await within(dialog).findAllByRole('radiogroup');
    expect(groups).toHaveLength(criteria.length);
    const first = within(dialog).getByRole('radiogroup', {
      name: `${criteria[0].text} (${criteria[0].id})`,
    });
    expect(
      within(first)
        .getAllByRole('radio')
        .map(r => r.closest('label')?.textContent),
    ).toEqual(['Not yet', 'Partly', 'Largely', 'Fully', 'Not applicable']);
    await user().click(within(first).getByRole('radio', { name: 'Largely' }));
    const second = within(dialog).getByRole('radiogroup', {
      name: new RegExp(criteria[1].id),
    });
    await user().click(
      within(second).getByRole('radio', { name: 'Not applicable' }),
    );
    await user().click(
      within(dialog).getByRole('checkbox', { name: 'Answer anonymously' }),
    );
    await user().click(
      within(dialog).getByRole('button', { name: 'Submit self-assessment' }),
    );

    await waitFor(() =>
      expect(csipApi.recordSelfAssessment).toHaveBeenCalledWith('p1', {
        process: 'change',
        anonymous: true,
        ratings: [
          { criterionId: criteria[0].id, rating: 'L' },
          { criterionId: criteria[1].id, rating: 'NA' },
        ],
      }),
    );
    expect(
      await screen.findByText(
        /Your self-assessment of Change management is recorded\./,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('asks for at least one rating', async () => {
    const csipApi = api();
    await renderButton(csipApi);
    const dialog = await openDialog();
    await user().selectOptions(
      within(dialog).getByRole('combobox', { name: /Process/ }),
      'change',
    );
    await user().click(
      within(dialog).getByRole('button', { name: 'Submit self-assessment' }),
    );
    expect(
      await within(dialog).findByText('Rate at least one criterion.'),
    ).toBeInTheDocument();
    expect(csipApi.recordSelfAssessment).not.toHaveBeenCalled();
  });

  it('fills in the person’s earlier answer, which answering again replaces', async () => {
    const [criterion] = aProcessDefinition('change').criteria;
    const csipApi = api({
      getSelfAssessments: async () =>
        emptySummary({
          mine: {
            process: 'change',
            ratings: [{ criterionId: criterion.id, rating: 'F' }],
            anonymous: true,
            answeredAt: '2026-12-01T10:00:00.000Z',
          },
        }),
      recordSelfAssessment: async () =>
        recorded({ anonymous: true, replaced: true }),
    });
    await renderButton(csipApi);
    const dialog = await openDialog();
    await user().selectOptions(
      within(dialog).getByRole('combobox', { name: /Process/ }),
      'change',
    );
    expect(
      await within(dialog).findByText(/Submitting again replaces that answer/),
    ).toBeInTheDocument();
    const group = within(dialog).getByRole('radiogroup', {
      name: new RegExp(criterion.id),
    });
    await waitFor(() =>
      expect(within(group).getByRole('radio', { name: 'Fully' })).toBeChecked(),
    );
    expect(
      within(dialog).getByRole('checkbox', { name: 'Answer anonymously' }),
    ).toBeChecked();
    await user().click(
      within(dialog).getByRole('button', { name: 'Submit self-assessment' }),
    );
    expect(
      await screen.findByText(
        /anonymously\. It replaces your earlier answer\./,
      ),
    ).toBeInTheDocument();
  });

  it('shows the server’s refusal in the dialog', async () => {
    const csipApi = api({
      recordSelfAssessment: async () => {
        throw new Error('ratings.0.criterionId: not a criterion of change');
      },
    });
    await renderButton(csipApi);
    const dialog = await openDialog();
    await user().selectOptions(
      within(dialog).getByRole('combobox', { name: /Process/ }),
      'change',
    );
    const [group] = await within(dialog).findAllByRole('radiogroup');
    await user().click(within(group).getByRole('radio', { name: 'Partly' }));
    await user().click(
      within(dialog).getByRole('button', { name: 'Submit self-assessment' }),
    );
    expect(
      await within(dialog).findByText(/Your self-assessment was not recorded/),
    ).toBeInTheDocument();
  });
});
