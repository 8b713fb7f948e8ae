import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { Review } from '@csip-coach/plugin-csip-common';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  aChangeProcess,
  aDraftReview,
  aPublishedReview,
} from '../../../__testUtils__/reviewFixtures';
import { ReviewEditor } from './ReviewEditor';

// A review is a large form; give slow CI machines room.

const process = aChangeProcess();

const api = (overrides: Partial<CsipApi> = {}) =>
  mockCsipApi({
    updateReview: async (id, update) =>
      aDraftReview({ id, ...update, version: update.version + 1 }),
    publishReview: async id =>
      aDraftReview({ id, state: 'published', version: 5, level: 0 }),
    amendReview: async (id, amendment) =>
      aPublishedReview({ id: 'r2', amends: id, ...amendment }),
    ...overrides,
  });

async function renderEditor(
  csipApi: CsipApi,
  {
    review = aDraftReview(),
    mode = 'draft',
  }: { review?: Review; mode?: 'draft' | 'amend' } = {},
) {
  const callbacks = {
    onSaved: jest.fn(),
    onPublished: jest.fn(),
    onCancel: jest.fn(),
  };
  await renderInTestApp(
    <ReviewEditor
      programme={aProgramme()}
      process={process}
      review={review}
      mode={mode}
      {...callbacks}
    />,
    {
      apis: [
        [csipApiRef, csipApi],
        mockApis.identity({ userEntityRef: 'user:default/alex.coach' }),
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
  // Let the catalog answer with the members' names.
  await act(() => new Promise(resolve => setTimeout(resolve, 0)));
  return { ...callbacks, user: userEvent.setup({ delay: null }) };
}

/** Types text in one go, as pasting does: a large form re-renders less. */
async function enter(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  text: string,
) {
  await user.click(field);
  await user.paste(text);
}

const CONTENT = {
  date: '2026-11-23',
  ledBy: 'coach',
  participants: ['Priya', 'Omar'],
  evidence: ['interview'],
  ratings: [],
  strengths: ['Every change has a record in the tool'],
  observations: [],
  suggestions: [],
  actions: [],
};

describe('ReviewEditor', () => {
  it('shows the sections in order, strengths first', async () => {
    await renderEditor(api());
    expect(
      screen.getByRole('heading', {
        name: 'Review of Change management (draft)',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('heading', { level: 4 }).map(h => h.textContent),
    ).toEqual([
      'Strengths — what is working',
      'Observations',
      'Ratings',
      'Growth suggestions',
      'Agreed actions',
    ]);
    expect(screen.getByRole('textbox', { name: 'Strength 1' })).toHaveValue(
      'Every change has a record in the tool',
    );
    expect(
      screen.getByText(/No observations yet: add what you saw/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/No agreed actions yet: add the next steps/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `Publishing records level 0 Incomplete. ${process.criteria.length} criteria are not rated yet and count as Not yet.`,
      ),
    ).toBeInTheDocument();
  });

  it('saves the draft with the version it was read at', async () => {
    const csipApi = api();
    const { user, onSaved } = await renderEditor(csipApi);

    await user.click(
      screen.getByRole('radio', { name: 'Co-led by coach and team' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Metrics' }));
    await user.type(
      screen.getByRole('combobox', { name: 'Participants' }),
      'Sam{Enter}Priya{Enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Add observation' }));
    await enter(
      user,
      screen.getByRole('textbox', { name: 'Observation 1' }),
      'The CAB meets on Tuesdays',
    );
    await user.click(
      screen.getByRole('button', { name: 'Add growth suggestion' }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Rate all Fully, level 1' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() =>
      expect(csipApi.updateReview).toHaveBeenCalledWith('r1', {
        ...CONTENT,
        version: 3,
        ledBy: 'co-led',
        participants: ['Priya', 'Omar', 'Sam'],
        evidence: ['interview', 'metrics'],
        observations: ['The CAB meets on Tuesdays'],
        ratings: ['change-1-1', 'change-1-2', 'change-1-3', 'change-1-4'].map(
          criterionId => ({ criterionId, coach: 'F' }),
        ),
      }),
    );
    expect(await screen.findByText(/Draft saved at/)).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalledWith(
      expect.objectContaining({ version: 4 }),
    );
    expect(
      screen.queryByRole('group', { name: 'Growth suggestion 1' }),
    ).not.toBeInTheDocument();

    await enter(
      user,
      screen.getByRole('textbox', { name: 'Observation 1' }),
      ' at ten',
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(csipApi.updateReview).toHaveBeenCalledTimes(2));
    await waitFor(() => {
      expect(csipApi.updateReview.mock.calls[1][1].version).toBe(4);
    });
  });

  it('publishes a review without findings straight away', async () => {
    const csipApi = api();
    const { user, onPublished } = await renderEditor(csipApi);

    await user.click(screen.getByRole('button', { name: 'Publish' }));

    await waitFor(() => expect(onPublished).toHaveBeenCalled());
    expect(csipApi.publishReview).toHaveBeenCalledTimes(1);
    expect(csipApi.publishReview).toHaveBeenCalledWith('r1', {
      acknowledgeTone: false,
      version: 3,
    });
    expect(csipApi.updateReview).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onPublished.mock.calls[0][0].state).toBe('published');
  });

  it('asks to confirm judgemental wording before publishing it', async () => {
    const csipApi = api();
    const { user, onPublished } = await renderEditor(csipApi);
    const strength = screen.getByRole('textbox', { name: 'Strength 1' });
    await user.clear(strength);
    await enter(user, strength, 'The team failed to record approvals');
    expect(
      screen.getByText(/1 wording to reconsider: you will be asked/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog', {
      name: '1 wording to reconsider before you publish',
    });
    expect(dialog).toHaveTextContent(
      'Strength 1: “failed to” (Verdict) — consider “did not yet”',
    );
    expect(dialog).toHaveTextContent(
      `${process.criteria.length} criteria are not rated yet and count as Not yet.`,
    );

    await user.click(
      within(dialog).getByRole('button', { name: 'Publish as it is' }),
    );
    expect(
      within(dialog).getByText(/Tick the box to publish the wording/),
    ).toBeInTheDocument();
    expect(csipApi.updateReview).not.toHaveBeenCalled();
    expect(csipApi.publishReview).not.toHaveBeenCalled();

    await user.click(
      within(dialog).getByRole('checkbox', {
        name: 'I have read these and publish the wording as it is',
      }),
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Publish as it is' }),
    );

    await waitFor(() => expect(onPublished).toHaveBeenCalled());
    expect(csipApi.updateReview).toHaveBeenCalledWith('r1', {
      ...CONTENT,
      strengths: ['The team failed to record approvals'],
      version: 3,
    });
    expect(csipApi.publishReview).toHaveBeenCalledWith('r1', {
      acknowledgeTone: true,
      version: 4,
    });
  });

  it('goes back from the confirmation to rephrase', async () => {
    const csipApi = api();
    const { user, onPublished } = await renderEditor(csipApi, {
      review: aDraftReview({ observations: ['Nobody reads the schedule'] }),
    });
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    await user.click(
      await screen.findByRole('button', { name: 'Go back and rephrase' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    await user.click(
      screen.getByRole('button', { name: 'Use “hardly anyone”' }),
    );
    await user.click(screen.getByRole('button', { name: 'Publish' }));

    await waitFor(() => expect(onPublished).toHaveBeenCalled());
    expect(csipApi.updateReview).toHaveBeenCalledWith(
      'r1',
      expect.objectContaining({
        observations: ['Hardly anyone reads the schedule'],
      }),
    );
    expect(csipApi.publishReview).toHaveBeenCalledWith('r1', {
      acknowledgeTone: false,
      version: 4,
    });
  });

  it('shows the server’s refusal to publish', async () => {
    const csipApi = api({
      publishReview: async () => {
        throw aResponseError(
          400,
          'InputError',
          'Invalid review: ratings.0.criterionId: change-9-9 is not a criterion of change',
        );
      },
    });
    const { user, onPublished } = await renderEditor(csipApi);
    await user.click(screen.getByRole('button', { name: 'Publish' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The review was not published: Invalid review: ratings.0.criterionId: change-9-9 is not a criterion of change',
    );
    expect(onPublished).not.toHaveBeenCalled();
  });

  it('explains a stale draft and reloads it', async () => {
    const csipApi = api({
      updateReview: async () => {
        throw aResponseError(
          409,
          'ConflictError',
          'Review r1 has changed since version 3; reload it',
        );
      },
      getReview: async () =>
        aDraftReview({ version: 6, strengths: ['Changes are scheduled'] }),
    });
    const { user } = await renderEditor(csipApi);
    await enter(
      user,
      screen.getByRole('textbox', { name: 'Strength 1' }),
      ' and reviewed',
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(
      await screen.findByText(
        'The draft was not saved: Review r1 has changed since version 3; reload it',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Someone changed or published this review/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Strength 1' })).toHaveValue(
        'Changes are scheduled',
      ),
    );
    expect(csipApi.getReview).toHaveBeenCalledWith('r1');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checks agreed actions and sends nothing while one has no owner', async () => {
    const csipApi = api();
    const { user } = await renderEditor(csipApi);
    await user.click(screen.getByRole('button', { name: 'Add agreed action' }));
    const action = screen.getByRole('group', { name: 'Agreed action 1' });
    await enter(
      user,
      within(action).getByRole('textbox', { name: 'What will be done' }),
      'Publish the change schedule',
    );
    await enter(
      user,
      within(action).getByRole('textbox', { name: 'Measure of done' }),
      'Schedule on the wiki',
    );
    await user.type(within(action).getByLabelText('Due date'), '2026-12-01');

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await user.click(screen.getByRole('button', { name: 'Publish' }));

    const owner = within(action).getByRole('combobox', { name: 'Owner' });
    expect(owner).toHaveAccessibleDescription('Required');
    expect(
      screen.getByText(
        'One field needs attention; see the message next to it.',
      ),
    ).toBeInTheDocument();
    expect(csipApi.updateReview).not.toHaveBeenCalled();
    expect(csipApi.publishReview).not.toHaveBeenCalled();

    expect(
      within(owner).getByRole('option', { name: 'Alex Coach (Coach)' }),
    ).toBeInTheDocument();
    await user.selectOptions(owner, 'Alex Coach (Coach)');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() =>
      expect(csipApi.updateReview).toHaveBeenCalledWith(
        'r1',
        expect.objectContaining({
          actions: [
            {
              description: 'Publish the change schedule',
              owner: 'user:default/alex.coach',
              measure: 'Schedule on the wiki',
              dueDate: '2026-12-01',
            },
          ],
        }),
      ),
    );
  });

  it('asks why a criterion is not applicable, drops empty evidence and saves recommendations by area', async () => {
    const csipApi = api();
    const { user } = await renderEditor(csipApi);
    const criterion = process.criteria.find(c => c.id === 'change-1-4')!;
    await user.click(
      screen.getByRole('button', { name: 'Rate all Fully, level 1' }),
    );
    await user.click(
      within(
        screen.getByRole('radiogroup', { name: criterion.text }),
      ).getByRole('radio', { name: 'N/A' }),
    );
    const evidence = within(
      screen.getByRole('group', { name: `Evidence for ${criterion.text}` }),
    );
    await user.click(evidence.getByRole('button', { name: 'Add evidence' }));
    await user.click(
      screen.getByRole('button', { name: 'Add growth suggestion' }),
    );
    const suggestion = within(
      screen.getByRole('group', { name: 'Growth suggestion 1' }),
    );
    await enter(
      user,
      suggestion.getByRole('textbox', { name: 'Technique' }),
      'Standard changes',
    );
    await enter(
      user,
      suggestion.getByRole('textbox', { name: 'Advice' }),
      'Agree two models',
    );
    await user.selectOptions(
      suggestion.getByRole('combobox', { name: 'Action area' }),
      'Operations',
    );
    await enter(
      user,
      suggestion.getByRole('textbox', {
        name: 'Why we recommend it (optional)',
      }),
      'Routine changes fill the CAB',
    );

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const reason = screen.getByRole('textbox', {
      name: 'Why is it not applicable?',
    });
    expect(reason).toHaveAccessibleDescription(
      /Required: say why this criterion does not apply here/,
    );
    expect(csipApi.updateReview).not.toHaveBeenCalled();
    expect(
      screen.getByText(/1 criterion is not applicable and left out\./),
    ).toBeInTheDocument();

    await enter(user, reason, 'Only two people authorise changes');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() =>
      expect(csipApi.updateReview).toHaveBeenCalledWith(
        'r1',
        expect.objectContaining({
          ratings: [
            ...['change-1-1', 'change-1-2', 'change-1-3'].map(criterionId => ({
              criterionId,
              coach: 'F',
            })),
            {
              criterionId: 'change-1-4',
              coach: 'NA',
              naReason: 'Only two people authorise changes',
            },
          ],
          suggestions: [
            {
              technique: 'Standard changes',
              advice: 'Agree two models',
              area: 'operations',
              why: 'Routine changes fill the CAB',
            },
          ],
        }),
      ),
    );
  });

  it('amends a published review with a reason', async () => {
    const csipApi = api();
    const { user, onPublished } = await renderEditor(csipApi, {
      review: aPublishedReview(),
      mode: 'amend',
    });
    expect(
      screen.getByRole('heading', {
        name: /^Amend the review of Change management of/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Save draft' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Document' }));

    await user.click(screen.getByRole('button', { name: 'Publish amendment' }));
    await waitFor(() => {
      expect(
        screen.getByRole('textbox', { name: 'Reason for the amendment' }),
      ).toHaveAccessibleDescription('Required');
    });
    expect(csipApi.amendReview).not.toHaveBeenCalled();

    await enter(
      user,
      screen.getByRole('textbox', { name: 'Reason for the amendment' }),
      'The document review was left out',
    );
    await user.click(screen.getByRole('button', { name: 'Publish amendment' }));

    await waitFor(() => expect(onPublished).toHaveBeenCalled());
    expect(csipApi.amendReview).toHaveBeenCalledWith('r0', {
      ...CONTENT,
      process: 'change',
      evidence: ['interview', 'document'],
      reason: 'The document review was left out',
      acknowledgeTone: false,
    });
    expect(onPublished.mock.calls[0][0]).toMatchObject({
      id: 'r2',
      amends: 'r0',
    });
  });

  it('asks to confirm judgemental wording in an amendment', async () => {
    const csipApi = api();
    const { user } = await renderEditor(csipApi, {
      review: aPublishedReview({ observations: ['The CAB is a mess'] }),
      mode: 'amend',
    });
    await enter(
      user,
      screen.getByRole('textbox', { name: 'Reason for the amendment' }),
      'Added the team session',
    );
    await user.click(screen.getByRole('button', { name: 'Publish amendment' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(
      within(dialog).getByRole('button', {
        name: 'Publish amendment as it is',
      }),
    );
    await waitFor(() =>
      expect(csipApi.amendReview).toHaveBeenCalledWith(
        'r0',
        expect.objectContaining({
          reason: 'Added the team session',
          acknowledgeTone: true,
        }),
      ),
    );
  });
});
