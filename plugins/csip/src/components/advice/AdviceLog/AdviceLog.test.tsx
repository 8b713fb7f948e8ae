import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aProgramme } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import {
  anAdviceEntry,
  anAdviceResponse,
} from '../../../__testUtils__/reviewCoachingFixtures';
import { formatDate } from '../../../util/formatDate';
import { processName } from '../../../util/labels';
import { AdviceLog } from './AdviceLog';

const COACH = 'user:default/alex.coach';
const LEAD = 'user:default/priya.change';

const someAdvice = () => [
  anAdviceEntry(),
  anAdviceEntry({
    index: 1,
    technique: 'CAB agenda',
    advice: 'Share the agenda a day before.',
    latest: anAdviceResponse({
      index: 1,
      response: 'decline',
      reason: 'The CAB meets ad hoc for now',
    }),
    responses: 1,
  }),
];

function renderLog(csipApi: CsipApi, userEntityRef = LEAD) {
  return renderInTestApp(
    <AdviceLog programme={aProgramme()} processName={processName} />,
    {
      apis: [
        [csipApiRef, csipApi],
        mockApis.identity({ userEntityRef }),
        mockApis.permission(),
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
      initialRouteEntries: ['/programmes/p1?tab=reviews'],
    },
  );
}

describe('AdviceLog', () => {
  it('says where suggestions come from before the first one', async () => {
    await renderLog(mockCsipApi({ listAdvice: async () => ({ items: [] }) }));
    expect(
      await screen.findByText(/^No growth suggestions yet\. When a published/),
    ).toBeInTheDocument();
  });

  it('lists each suggestion with its review and the team’s response, counted without judgement', async () => {
    await renderLog(
      mockCsipApi({ listAdvice: async () => ({ items: someAdvice() }) }),
      COACH,
    );
    const log = await screen.findByRole('region', { name: 'Advice log' });
    expect(
      await within(log).findByText(
        'So far: 0 adopted, 0 deferred, 1 declined; 1 without a response yet.',
      ),
    ).toBeInTheDocument();
    const items = within(
      within(log).getByRole('list', { name: 'Advice log' }),
    ).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Risk checklist: Try a five-question');
    expect(items[0]).toHaveTextContent('No response yet');
    expect(
      within(items[0]).getByRole('link', {
        name: `Open the Change management review of ${formatDate(
          '2026-09-01',
        )}`,
      }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/\?tab=reviews&review=r1$/),
    );
    expect(items[1]).toHaveTextContent('Declined');
    expect(items[1]).toHaveTextContent('Why: The CAB meets ad hoc for now');

    // A coach reads the log; the team responds, and the coach is told so once.
    expect(within(log).queryByRole('button', { name: /^Respond/ })).toBeNull();
    expect(
      within(log).getByText(
        'Only the programme’s team (its leads and members) responds to the coach’s advice.',
      ),
    ).toBeInTheDocument();
  });

  it('lets the team respond to a suggestion, then shows the response', async () => {
    let advice = someAdvice();
    const csipApi = mockCsipApi({
      listAdvice: async () => ({ items: advice }),
      respondToSuggestion: async (reviewId, index, body) => {
        const latest = anAdviceResponse({
          reviewId,
          index,
          response: body.response,
          reason: body.reason,
        });
        advice = [{ ...advice[0], latest, responses: 1 }, advice[1]];
        return latest;
      },
    });
    await renderLog(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(
      await screen.findByRole('button', { name: 'Respond to Risk checklist' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Respond to “Risk checklist”',
    });
    await user.click(within(dialog).getByRole('radio', { name: 'Defer' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Why' }),
      'After the release freeze',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Respond' }));

    await waitFor(() =>
      expect(csipApi.respondToSuggestion).toHaveBeenCalledWith('r1', 0, {
        response: 'defer',
        reason: 'After the release freeze',
        seen: 0,
      }),
    );
    expect(
      await screen.findByText('Recorded the response: Deferred.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    const items = within(
      screen.getByRole('list', { name: 'Advice log' }),
    ).getAllByRole('listitem');
    await waitFor(() => expect(items[0]).toHaveTextContent('Deferred'));
    expect(items[0]).toHaveTextContent('Why: After the release freeze');
  });

  it('records what happened later as a new response', async () => {
    const csipApi = mockCsipApi({
      listAdvice: async () => ({ items: someAdvice() }),
      respondToSuggestion: async (reviewId, index, body) =>
        anAdviceResponse({ reviewId, index, seq: 2, ...body }),
    });
    await renderLog(csipApi);
    const user = userEvent.setup({ delay: null });

    await user.click(
      await screen.findByRole('button', {
        name: 'Record what happened with CAB agenda',
      }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Record what happened with “CAB agenda”',
    });
    expect(
      within(dialog).getByRole('radio', { name: 'Decline' }),
    ).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(
      await within(dialog).findByText('Say what happened.'),
    ).toBeInTheDocument();
    expect(csipApi.respondToSuggestion).not.toHaveBeenCalled();

    await user.type(
      within(dialog).getByRole('textbox', { name: 'What happened' }),
      'We tried it twice; the CAB now asks for it',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() =>
      expect(csipApi.respondToSuggestion).toHaveBeenCalledWith('r1', 1, {
        response: 'decline',
        reason: 'The CAB meets ad hoc for now',
        outcome: 'We tried it twice; the CAB now asks for it',
        seen: 1,
      }),
    );
    expect(
      await screen.findByText('Recorded what happened.'),
    ).toBeInTheDocument();
  });
});
