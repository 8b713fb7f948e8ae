import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { csipApiRef } from '../../../api';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { policyDenying } from '../../../__testUtils__/permissionFixtures';
import { ImportProgrammeButton } from './ImportProgrammeButton';

// A file of its own: `usePermission` keeps its answer about
// `csip.programme.import` (a permission without a programme) for the whole
// test file, so allowing answers elsewhere would hide this denying one.
describe('ImportProgrammeButton permissions', () => {
  it('asks the policy and says why the user may not import', async () => {
    const permissionApi = policyDenying('csip.programme.import');
    const authorize = jest.spyOn(permissionApi, 'authorize');
    await renderInTestApp(<ImportProgrammeButton onImported={jest.fn()} />, {
      apis: [[csipApiRef, mockCsipApi()], permissionApi],
    });
    const button = await screen.findByRole('button', { name: 'Import' });
    expect(button).toBeDisabled();
    const reason =
      'Your portal’s permission policy does not allow you to import programmes.';
    expect(button).toHaveAccessibleDescription(reason);
    expect(screen.getByText(reason)).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(authorize).toHaveBeenCalledWith({
      permission: expect.objectContaining({ name: 'csip.programme.import' }),
    });
  });
});
