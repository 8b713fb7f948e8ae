import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ConfigReader } from '@backstage/config';
import { readMaturityModel } from '../../maturity/readMaturityModel';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { createStores } from '../../database/createStores';
import { createTestDatabases } from '../../__testUtils__/createTestDatabases';
import { testCatalogRefValidator } from '../../__testUtils__/testCatalog';
import { createServices } from '../createServices';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('ScopeService on %s', databaseId => {
  async function setup(send: jest.Mock) {
    const knex = await databases.init(databaseId);
    const database = mockServices.database({ knex });
    const stores = await createStores(database);
    const { programmes } = stores;
    const logger = mockServices.logger.mock();
    const authorizer = new ProgrammeAuthorizer({
      permissions: mockServices.permissions({
        result: AuthorizeResult.ALLOW,
      }),
      ruleset: {
        getRuleByName: () => {
          throw new Error('unused');
        },
      },
    });
    const service = createServices({
      stores,
      authorizer,
      model: readMaturityModel(new ConfigReader({})),
      catalogRefs: testCatalogRefValidator(),
      notifications: { send },
      logger,
    }).scope;
    const programme = await programmes.createProgramme({
      title: 'Change CSIP',
      vision: '',
      driver: 'operational',
      businessDrivers: [],
      ownerRef: 'group:default/it-operations',
      members: [
        { userRef: 'user:default/alex', role: 'coach' },
        { userRef: 'user:default/dana', role: 'sponsor' },
      ],
      createdBy: 'user:default/alex',
    });
    const caller = {
      credentials: mockCredentials.user('user:default/alex'),
      userRef: 'user:default/alex',
    };
    const scope = {
      processes: [
        {
          process: 'change',
          baselineLevel: 1,
          targetLevel: 2,
          targetDate: '2027-01-31',
        },
      ],
      objectives: [],
      outOfScope: [],
      milestones: [],
      resources: { coachDays: 1, budget: 0, notes: '' },
      assumptions: [],
      approvers: ['user:default/priya'],
    };
    return { service, programme, caller, scope, logger };
  }

  it('notifies the required approvers that a version awaits them', async () => {
    const send = jest.fn();
    const { service, programme, caller, scope } = await setup(send);
    await service.publishVersion(programme.id, scope, caller);
    expect(send).toHaveBeenCalledWith({
      recipients: {
        type: 'entity',
        entityRef: ['user:default/dana', 'user:default/priya'],
      },
      payload: expect.objectContaining({
        link: `/csip/programmes/${programme.id}?tab=scope`,
        title: 'Scope version 1 of Change CSIP awaits your agreement',
      }),
    });
  });

  it('still publishes when the portal has no notifications backend', async () => {
    const send = jest
      .fn()
      .mockRejectedValue(new Error('notifications not found'));
    const { service, programme, caller, scope, logger } = await setup(send);
    const version = await service.publishVersion(programme.id, scope, caller);
    expect(version.number).toBe(1);
    expect(logger.warn).toHaveBeenCalled();
  });
});
