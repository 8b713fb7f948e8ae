import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { csipApiRef } from './api';
import plugin, {
  EntityImprovementCard,
  EntityImprovementContent,
  entityImprovementCard,
  entityImprovementContent,
  isCsipAvailable,
} from './index';
import { rootRouteRef } from './routes';
import {
  aComponentEntity,
  aGroupEntity,
  aSystemEntity,
  aUserEntity,
} from './__testUtils__/entityFixtures';
import { mockCsipApi } from './__testUtils__/mockCsipApi';

describe('csip catalog integration', () => {
  it('installs the Improvement tab and card with the plugin', () => {
    // The plugin gives its extensions their namespace, `csip`.
    expect(
      plugin.getExtension('entity-content:csip/improvement'),
    ).toMatchObject({
      kind: 'entity-content',
      namespace: 'csip',
      name: 'improvement',
    });
    expect(plugin.getExtension('entity-card:csip/improvement')).toMatchObject({
      kind: 'entity-card',
      namespace: 'csip',
      name: 'improvement',
    });
  });

  it('offers the tab at improvement on group, system and component pages', () => {
    const tester = createExtensionTester(entityImprovementContent);
    expect(tester.get(coreExtensionData.routePath)).toBe('improvement');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Improvement',
    );
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction);
    expect(filter?.(aGroupEntity())).toBe(true);
    expect(filter?.(aSystemEntity())).toBe(true);
    expect(filter?.(aComponentEntity())).toBe(true);
    expect(filter?.(aUserEntity())).toBe(false);
  });

  it('offers the card on the same pages', () => {
    const tester = createExtensionTester(entityImprovementCard);
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction);
    expect(filter?.(aGroupEntity())).toBe(true);
    expect(filter?.(aUserEntity())).toBe(false);
  });

  it('loads the tab for the entity on the page', async () => {
    const tester = createExtensionTester(entityImprovementContent);
    await renderInTestApp(
      <EntityProvider entity={aGroupEntity()}>
        {tester.reactElement()}
      </EntityProvider>,
      {
        apis: [
          [
            csipApiRef,
            mockCsipApi({ listProgrammes: async () => ({ items: [] }) }),
          ],
          catalogApiMock(),
        ],
        mountedRoutes: {
          '/csip': rootRouteRef,
          '/catalog/:namespace/:kind/:name':
            convertLegacyRouteRef(entityRouteRef),
        },
      },
    );
    expect(
      await screen.findByRole('heading', {
        name: 'No improvement programme for IT Operations yet',
      }),
    ).toBeInTheDocument();
  });

  it('keeps the tab, card and filter for legacy portals', () => {
    expect(EntityImprovementContent).toBeDefined();
    expect(EntityImprovementCard).toBeDefined();
    expect(isCsipAvailable(aGroupEntity())).toBe(true);
  });
});
