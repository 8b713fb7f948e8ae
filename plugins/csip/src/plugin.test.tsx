import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import plugin, { legacyCsipPlugin, CsipPage } from './index';
import { csipPage } from './plugin';

describe('csip frontend plugin', () => {
  it('is the csip plugin for the new frontend system', () => {
    expect(plugin.id).toBe('csip');
  });

  it('offers the page at /csip', () => {
    const tester = createExtensionTester(csipPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/csip');
  });

  it('keeps a legacy plugin and page for older portals', () => {
    expect(legacyCsipPlugin.getId()).toBe('csip');
    expect(CsipPage).toBeDefined();
  });
});
