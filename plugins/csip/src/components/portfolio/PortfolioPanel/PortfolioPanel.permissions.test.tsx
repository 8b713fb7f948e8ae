import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { csipApiRef } from '../../../api';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { policyDenying } from '../../../__testUtils__/permissionFixtures';
import { PortfolioPanel } from './PortfolioPanel';

// A file of its own: `usePermission` keeps its answer about
// `csip.programme.create` (a permission without a programme) for the whole
// test file, so the allowing answers of PortfolioPanel.test.tsx would hide this
// denying one.
describe('PortfolioPanel permissions', () => {
  it('asks the policy and says why the user may not create a programme', async () => {
    const permissionApi = policyDenying('csip.programme.create');
    const authorize = jest.spyOn(permissionApi, 'authorize');
    await renderInTestApp(<PortfolioPanel onOpen={jest.fn()} />, {
      apis: [
        [
          csipApiRef,
          mockCsipApi({
            listProgrammes: async () => ({ items: [] }),
          }),
        ],
        permissionApi,
      ],
    });
    const create = await screen.findByRole('button', {
      name: 'Create programme',
    });
    expect(create).toBeDisabled();
    const reason =
      'Your portal’s permission policy does not allow you to create programmes.';
    expect(create).toHaveAccessibleDescription(reason);
    expect(screen.getByText(reason)).toBeVisible();
    expect(
      screen.getByRole('heading', { name: 'No improvement programmes yet' }),
    ).toBeInTheDocument();
    expect(authorize).toHaveBeenCalledWith({
      permission: expect.objectContaining({ name: 'csip.programme.create' }),
    });
  });
});
