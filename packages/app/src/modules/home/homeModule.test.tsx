import { renderTestApp } from '@backstage/frontend-test-utils';
import homePlugin from '@backstage/plugin-home/alpha';
import csipPlugin, { type CsipApi, csipApiRef } from '@csip-coach/plugin-csip';
import { screen } from '@testing-library/react';
import { homeModule } from './index';

/** Only `getMyWork` answers; the card needs nothing else. */
const csipApi = {
  getMyWork: async () => ({
    actions: [
      {
        id: 'a1',
        programmeId: 'p1',
        programmeTitle: 'Change management CSIP',
        description: 'Write the CAB terms of reference',
        dueDate: '2020-01-01',
        status: 'open',
        overdue: true,
        dueSoon: false,
        version: 1,
      },
    ],
    awaitingAgreement: [],
    programmes: [],
  }),
} as unknown as CsipApi;

jest.setTimeout(30_000);

describe('the home page', () => {
  // The home page's grid lays cards out once it knows its width, which
  // jsdom never has.
  beforeEach(() => {
    jest
      .spyOn(HTMLElement.prototype, 'offsetWidth', 'get')
      .mockReturnValue(1200);
  });
  afterEach(() => jest.restoreAllMocks());

  it('is at / and starts with the CSIP "For you" card', async () => {
    renderTestApp({
      features: [homePlugin, homeModule, csipPlugin],
      initialRouteEntries: ['/'],
      apis: [[csipApiRef, csipApi]],
    });
    expect(
      await screen.findByText('For you', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', {
        name: 'Write the CAB terms of reference',
      }),
    ).toHaveAttribute('href', '/csip/programmes/p1?tab=actions');
    expect(screen.getByText('1 open action, 1 overdue')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open CSIP' })).toHaveAttribute(
      'href',
      '/csip',
    );
  });
});
