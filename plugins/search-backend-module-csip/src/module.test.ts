import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import searchModuleCsipCollator, { CsipCollatorFactory } from './index';

describe('searchModuleCsipCollator', () => {
  it('registers the CSIP collator with the default schedule', async () => {
    const indexRegistry = { addCollator: jest.fn(), addDecorator: jest.fn() };
    const runner = { run: jest.fn() };
    const scheduler = mockServices.scheduler.mock({
      createScheduledTaskRunner: () => runner,
    });

    await startTestBackend({
      extensionPoints: [[searchIndexRegistryExtensionPoint, indexRegistry]],
      features: [searchModuleCsipCollator, scheduler.factory],
    });

    expect(indexRegistry.addCollator).toHaveBeenCalledTimes(1);
    expect(indexRegistry.addCollator).toHaveBeenCalledWith({
      factory: expect.any(CsipCollatorFactory),
      schedule: runner,
    });
    expect(indexRegistry.addCollator.mock.calls[0][0].factory.type).toBe(
      'csip-programme',
    );
    expect(scheduler.createScheduledTaskRunner).toHaveBeenCalledWith({
      frequency: { minutes: 10 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 3 },
    });
  });

  it('reads the schedule from search.collators.csip.schedule', async () => {
    const indexRegistry = { addCollator: jest.fn(), addDecorator: jest.fn() };
    const runner = { run: jest.fn() };
    const scheduler = mockServices.scheduler.mock({
      createScheduledTaskRunner: () => runner,
    });

    await startTestBackend({
      extensionPoints: [[searchIndexRegistryExtensionPoint, indexRegistry]],
      features: [
        searchModuleCsipCollator,
        scheduler.factory,
        mockServices.rootConfig.factory({
          data: {
            search: {
              collators: {
                csip: {
                  schedule: {
                    frequency: { hours: 1 },
                    timeout: { minutes: 30 },
                  },
                },
              },
            },
          },
        }),
      ],
    });

    expect(scheduler.createScheduledTaskRunner).toHaveBeenCalledWith(
      expect.objectContaining({
        frequency: { hours: 1 },
        timeout: { minutes: 30 },
      }),
    );
    expect(indexRegistry.addCollator).toHaveBeenCalledWith({
      factory: expect.any(CsipCollatorFactory),
      schedule: runner,
    });
  });

  it('refuses an invalid schedule', async () => {
    const indexRegistry = { addCollator: jest.fn(), addDecorator: jest.fn() };

    await expect(
      startTestBackend({
        extensionPoints: [[searchIndexRegistryExtensionPoint, indexRegistry]],
        features: [
          searchModuleCsipCollator,
          mockServices.rootConfig.factory({
            data: {
              search: { collators: { csip: { schedule: { timeout: 5 } } } },
            },
          }),
        ],
      }),
    ).rejects.toThrow(/Invalid schedule at search\.collators\.csip\.schedule/);
  });
});
