import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aScopeVersion } from '../../../__testUtils__/fixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { ScopeEditorDialog } from './ScopeEditorDialog';

const KPI = {
  id: 'failed-changes',
  objective: 'Fewer failed changes',
  name: 'Failed changes',
  unit: '%',
  baseline: 12,
  target: 6,
  direction: 'down' as const,
};

async function renderEditor(current = aScopeVersion()) {
  const csipApi = mockCsipApi({
    publishScopeVersion: async (_id, body) =>
      aScopeVersion({ ...body, number: 3, kpis: [] }),
  });
  await renderInTestApp(
    <ScopeEditorDialog
      programmeId="p1"
      current={current}
      onClose={jest.fn()}
      onPublished={jest.fn()}
    />,
    {
      apis: [
        [csipApiRef, csipApi],
        catalogApiMock({ entities: catalogEntities }),
      ],
    },
  );
  const dialog = screen.getByRole('dialog', {
    name: 'Publish new scope version',
  });
  return { csipApi, dialog };
}

const user = () => userEvent.setup({ delay: null });

describe('ScopeEditorDialog outcome KPIs', () => {
  it('adds a KPI on one of the objectives', async () => {
    const { csipApi, dialog } = await renderEditor();
    const kpis = within(dialog).getByRole('group', { name: 'Outcome KPIs' });
    expect(kpis).toHaveTextContent(/No outcome KPIs yet/);
    await user().click(
      within(kpis).getByRole('button', {
        name: 'Add key performance indicator',
      }),
    );
    const row = within(kpis).getByRole('group', {
      name: 'Key performance indicator 1',
    });
    expect(within(row).getByLabelText('Objective')).toHaveValue(
      'Fewer failed changes',
    );
    await user().type(within(row).getByLabelText('KPI name'), 'Failed changes');
    await user().type(within(row).getByLabelText('Unit'), '%');
    await user().type(within(row).getByLabelText('Baseline'), '12');
    await user().type(within(row).getByLabelText('Target'), '20');
    await user().selectOptions(
      within(row).getByLabelText('Better when'),
      'down',
    );
    await user().click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(
      await within(row).findByText(/Must lie in the KPI’s direction/),
    ).toBeInTheDocument();
    expect(csipApi.publishScopeVersion).not.toHaveBeenCalled();

    await user().clear(within(row).getByLabelText('Target'));
    await user().type(within(row).getByLabelText('Target'), '6');
    await user().click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() =>
      expect(csipApi.publishScopeVersion).toHaveBeenCalledWith(
        'p1',
        expect.objectContaining({
          kpis: [
            {
              objective: 'Fewer failed changes',
              name: 'Failed changes',
              unit: '%',
              baseline: 12,
              target: 6,
              direction: 'down',
            },
          ],
        }),
      ),
    );
  });

  it('keeps the id of a KPI the version has, so its readings follow it', async () => {
    const { csipApi, dialog } = await renderEditor(
      aScopeVersion({ kpis: [KPI] }),
    );
    const row = within(dialog).getByRole('group', {
      name: 'Key performance indicator 1',
    });
    const name = within(row).getByLabelText('KPI name');
    await user().clear(name);
    await user().type(name, 'Failed change rate');
    await user().click(within(dialog).getByRole('button', { name: 'Publish' }));
    await waitFor(() =>
      expect(csipApi.publishScopeVersion).toHaveBeenCalledWith(
        'p1',
        expect.objectContaining({
          kpis: [{ ...KPI, name: 'Failed change rate' }],
        }),
      ),
    );
  });
});
