import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { SkillsTable } from './SkillsTable';

describe('SkillsTable', () => {
  it('hides "Not recorded" in a 1-pixel box, not one as wide as the page', async () => {
    await renderInTestApp(
      <SkillsTable
        labelledBy="skills"
        people={['user:default/priya.change']}
        processes={[{ id: 'change', name: 'Change management' }]}
        draft={{}}
        coverage={[]}
      />,
      {
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name':
            convertLegacyRouteRef(entityRouteRef),
        },
      },
    );
    // MUI reads `width: 1` as 100 %: absolutely placed, that once pushed
    // the Handover tab a page-width sideways.
    expect(await screen.findByText('Not recorded')).toHaveStyle({
      position: 'absolute',
      width: '1px',
      height: '1px',
    });
  });
});
