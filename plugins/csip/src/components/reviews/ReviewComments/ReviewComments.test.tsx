import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aProgramme, aResponseError } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { aReviewComment } from '../../../__testUtils__/reviewCoachingFixtures';
import { ReviewComments } from './ReviewComments';

const COACH = 'user:default/alex.coach';
const SPONSOR = 'user:default/dana.sponsor';

function renderComments(csipApi: CsipApi, userEntityRef = COACH) {
  return renderInTestApp(
    <ReviewComments programme={aProgramme()} reviewId="r1" />,
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
    },
  );
}

describe('ReviewComments', () => {
  it('lets the coach comment on a review, oldest comment first', async () => {
    let comments = [aReviewComment()];
    const csipApi = mockCsipApi({
      listReviewComments: async () => ({ items: comments }),
      addReviewComment: async (reviewId, { text }) => {
        const added = aReviewComment({ id: 'c2', reviewId, text });
        comments = [...comments, added];
        return added;
      },
    });
    await renderComments(csipApi);
    const user = userEvent.setup({ delay: null });
    const section = await screen.findByRole('region', { name: 'Comments' });
    expect(
      await within(section).findByText(
        'The team ran this review well: the evidence is clear.',
      ),
    ).toBeInTheDocument();

    await user.click(
      await within(section).findByRole('button', { name: 'Add comment' }),
    );
    expect(
      await within(section).findByText('Write the comment first.'),
    ).toBeInTheDocument();
    expect(csipApi.addReviewComment).not.toHaveBeenCalled();

    const box = within(section).getByRole('textbox', { name: 'Your comment' });
    await user.type(box, '  Ask the CAB chair to join next time  ');
    await user.click(
      within(section).getByRole('button', { name: 'Add comment' }),
    );
    await waitFor(() =>
      expect(csipApi.addReviewComment).toHaveBeenCalledWith('r1', {
        text: 'Ask the CAB chair to join next time',
      }),
    );
    const list = await within(section).findByRole('list', { name: 'Comments' });
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')).toHaveLength(2),
    );
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent(
      'Ask the CAB chair to join next time',
    );
    expect(box).toHaveValue('');
  });

  it('shows why the comment was not added', async () => {
    await renderComments(
      mockCsipApi({
        listReviewComments: async () => ({ items: [] }),
        addReviewComment: async () => {
          throw aResponseError(403, 'NotAllowedError', 'Not a coach any more');
        },
      }),
    );
    const user = userEvent.setup({ delay: null });
    await user.type(
      await screen.findByRole('textbox', { name: 'Your comment' }),
      'Well run',
    );
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The comment was not added: Not a coach any more',
    );
  });

  it('tells someone who may not comment why, and what shows here', async () => {
    await renderComments(
      mockCsipApi({ listReviewComments: async () => ({ items: [] }) }),
      SPONSOR,
    );
    expect(
      await screen.findByText(
        'No comments yet. Coaches and leads comment on reviews; their comments show here.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Only the programme’s coaches and leads comment on reviews.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
