import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { RegisterCollatorParameters } from '@backstage/plugin-search-backend-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
// Test only: the real csip backend (a devDependency), to check the API
// contract end to end; the module itself only calls it over HTTP.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import csipPlugin from '@csip-coach/plugin-csip-backend';
import type { CsipProgrammeDocument } from './collators';
import searchModuleCsipCollator from './index';

jest.setTimeout(60_000);

describe('searchModuleCsipCollator against the csip backend', () => {
  it('indexes the demo programmes with service credentials', async () => {
    const collators: RegisterCollatorParameters[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          searchIndexRegistryExtensionPoint,
          {
            addCollator: (c: RegisterCollatorParameters) => collators.push(c),
            addDecorator: jest.fn(),
          },
        ],
      ],
      features: [
        csipPlugin,
        searchModuleCsipCollator,
        mockServices.rootConfig.factory({ data: { csip: { demoData: true } } }),
      ],
    });
    expect(collators).toHaveLength(1);

    const docs: CsipProgrammeDocument[] = [];
    for await (const doc of await collators[0].factory.getCollator()) {
      docs.push(doc);
    }

    expect(docs).toHaveLength(4);
    expect(new Set(docs.map(d => d.approach))).toEqual(
      new Set(['done-to-you', 'diy', 'diy-with-coaching']),
    );
    for (const doc of docs) {
      expect(doc.location).toBe(`/csip/programmes/${doc.programmeId}`);
      expect(doc.authorization).toEqual({ resourceRef: doc.programmeId });
      expect(doc.text).toContain(`owned by ${doc.ownerRef}`);
      expect(doc.title).toEqual(expect.any(String));
    }
    expect(docs.map(d => d.title)).toContain('Change management CSIP');
  });
});
