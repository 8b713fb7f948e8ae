import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { SkillsMatrix } from '@csip-coach/plugin-csip-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsipApi, csipApiRef } from '../../../api';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { aResponseError } from '../../../__testUtils__/fixtures';
import {
  aHandoverProgramme,
  aHandoverView,
} from '../../../__testUtils__/handoverFixtures';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { SkillsMatrixEditor } from './SkillsMatrixEditor';

const skills: SkillsMatrix = {
  people: [
    {
      userRef: 'user:default/priya.change',
      // Release management is no longer in scope; it is kept.
      skills: { change: 'proficient', release: 'expert' },
    },
    { userRef: 'user:default/sam.former', skills: { change: 'developing' } },
  ],
  version: 3,
};

async function renderEditor(
  options: {
    csipApi?: CsipApi;
    editAccess?: ProgrammeActionAccess;
    inScope?: boolean;
  } = {},
) {
  const onSaved = jest.fn();
  const onReload = jest.fn();
  const csipApi =
    options.csipApi ??
    mockCsipApi({
      putSkills: async (_id, update) => ({
        people: update.people,
        version: 4,
      }),
    });
  await renderInTestApp(
    <SkillsMatrixEditor
      programme={aHandoverProgramme()}
      skills={skills}
      coverage={aHandoverView().coverage}
      processes={
        options.inScope === false
          ? []
          : [{ id: 'change', name: 'Change management' }]
      }
      editAccess={options.editAccess ?? { loading: false, allowed: true }}
      onSaved={onSaved}
      onReload={onReload}
    />,
    {
      apis: [
        [csipApiRef, csipApi],
        catalogApiMock({ entities: catalogEntities }),
      ],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name':
          convertLegacyRouteRef(entityRouteRef),
      },
    },
  );
  return { csipApi, onSaved, onReload, user: userEvent.setup({ delay: null }) };
}

const coverageRow = () =>
  screen.getByRole('rowheader', { name: 'Coverage' }).closest('tr')!;

describe('SkillsMatrixEditor', () => {
  it('lists every member and everyone in the matrix against the in-scope processes', async () => {
    await renderEditor();

    const table = screen.getByRole('table', { name: 'Skills matrix' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(c => c.textContent),
    ).toEqual(['Person', 'Change management']);
    for (const name of [
      'dana.sponsor',
      'alex.coach',
      'priya.change',
      'omar.member',
      'sam.former',
    ]) {
      expect(
        within(table).getByRole('combobox', {
          name: `${name} in Change management`,
        }),
      ).toBeInTheDocument();
    }
    expect(
      screen.getByRole('combobox', {
        name: 'priya.change in Change management',
      }),
    ).toHaveValue('proficient');
    expect(
      screen.getByRole('combobox', { name: 'alex.coach in Change management' }),
    ).toHaveValue('');
    expect(coverageRow()).toHaveTextContent('At risk: 1 proficient or better');
    expect(screen.getByRole('button', { name: 'Save skills' })).toBeDisabled();
  });

  it('changes a cell, shows the coverage it makes and saves the matrix with its version', async () => {
    const { csipApi, onSaved, user } = await renderEditor();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'alex.coach in Change management' }),
      'Expert',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'sam.former in Change management' }),
      '—',
    );
    expect(coverageRow()).toHaveTextContent('Covered: 2 proficient or better');
    expect(screen.getByText(/Unsaved changes/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save skills' }));
    await waitFor(() =>
      expect(csipApi.putSkills).toHaveBeenCalledWith('p1', {
        people: [
          { userRef: 'user:default/alex.coach', skills: { change: 'expert' } },
          {
            userRef: 'user:default/priya.change',
            skills: { change: 'proficient', release: 'expert' },
          },
        ],
        version: 3,
      }),
    );
    expect(
      await screen.findByText('Saved the skills matrix.'),
    ).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalled();
  });

  it('says when someone else saved the matrix meanwhile and offers a reload', async () => {
    const csipApi = mockCsipApi({
      putSkills: async () => {
        throw aResponseError(
          409,
          'ConflictError',
          'The skills matrix has changed since version 3',
        );
      },
    });
    const { onSaved, onReload, user } = await renderEditor({ csipApi });

    await user.selectOptions(
      screen.getByRole('combobox', {
        name: 'omar.member in Change management',
      }),
      'Novice',
    );
    await user.click(screen.getByRole('button', { name: 'Save skills' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The skills matrix was not saved: The skills matrix has changed since version 3. Someone else saved it meanwhile: reload to see their changes, then make yours again.',
    );
    expect(onSaved).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('is read-only for people who do not keep it', async () => {
    await renderEditor({
      editAccess: {
        loading: false,
        allowed: false,
        reason:
          'Only the programme’s leads and coaches keep the skills matrix and add handover items',
      },
    });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save skills' })).toBeNull();
    const priya = screen
      .getByRole('rowheader', { name: /priya\.change/ })
      .closest('tr')!;
    expect(priya).toHaveTextContent('Proficient');
    const omar = screen
      .getByRole('rowheader', { name: /omar\.member/ })
      .closest('tr')!;
    expect(omar).toHaveTextContent('Not recorded');
    expect(
      screen.getByText(
        'Read only: Only the programme’s leads and coaches keep the skills matrix and add handover items.',
      ),
    ).toBeVisible();
  });

  it('says what to do before any process is in scope', async () => {
    await renderEditor({ inScope: false });
    expect(screen.getByText(/No processes in scope yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
