import {
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  mockErrorHandler,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PermissionRuleset } from '@backstage/plugin-permission-node';
import type { Programme, ToneConfig } from '@csip-coach/plugin-csip-common';
import express from 'express';
import { ConfigReader } from '@backstage/config';
import { createStores } from '../database/createStores';
import { readMaturityModel } from '../maturity/readMaturityModel';
import {
  CatalogRefCheckMode,
  createCatalogRefValidator,
} from '../services/CatalogRefValidator';
import { createServices } from '../services/createServices';
import { MyWorkService } from '../services/MyWorkService';
import { PortfolioRollupService } from '../services/PortfolioRollupService';
import { DatabasePortfolioSnapshotStore } from '../database/DatabasePortfolioSnapshotStore';
import { ProgrammeAuthorizer } from '../permissions/ProgrammeAuthorizer';
import { ProgrammeQuery, programmeRules } from '../permissions/rules';
import { DatabaseReminderStore } from '../reminders/DatabaseReminderStore';
import { ReminderPreferencesService } from '../reminders/ReminderPreferencesService';
import { createRouter } from '../router';
import { testCatalog } from './testCatalog';

/**
 * The real router, services and stores on a test database, with identity
 * from `mockServices.httpAuth`, a permissions service of the test's
 * choosing (allow-all by default) and an in-memory catalog holding the
 * owners and members the tests use ({@link testCatalog}).
 */
export async function createTestApp(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  permissions?: PermissionsService;
  /** The tone guide's `csip.tone` additions; none by default. */
  tone?: ToneConfig;
  /**
   * Who the signed-in user is and which groups they own through; by
   * default `mockServices.userInfo()` (the user, and no groups).
   */
  userInfo?: UserInfoService;
  /**
   * Whether the router refreshes a programme's status again after each
   * successful write, as the plugin does (default). Off, the status row is
   * only what the writing transaction computed.
   */
  refreshAfterWrite?: boolean;
  /** The catalog that refs are checked against; {@link testCatalog} by default. */
  catalog?: CatalogService;
  /** `csip.catalogRefCheck`; `enforce` by default, as in a portal. */
  catalogRefCheck?: CatalogRefCheckMode;
}) {
  const knex = await options.databases.init(options.databaseId);
  const database = mockServices.database({ knex });
  const stores = await createStores(database);
  // The real rules, so conditional decisions are applied as in production.
  const rules = Object.values(programmeRules);
  const ruleset: PermissionRuleset<Programme, ProgrammeQuery> = {
    getRuleByName: name => {
      const rule = rules.find(r => r.name === name);
      if (!rule) throw new Error(`Unknown rule ${name}`);
      return rule;
    },
  };
  const authorizer = new ProgrammeAuthorizer({
    permissions:
      options.permissions ??
      mockServices.permissions({ result: AuthorizeResult.ALLOW }),
    ruleset,
  });
  const auditor = mockServices.auditor.mock();
  const auditorEvent = { success: jest.fn(), fail: jest.fn() };
  auditor.createEvent.mockResolvedValue(auditorEvent);

  const services = createServices({
    stores,
    authorizer,
    model: readMaturityModel(new ConfigReader({})),
    tone: options.tone,
    catalogRefs: createCatalogRefValidator({
      config: new ConfigReader({
        csip: { catalogRefCheck: options.catalogRefCheck ?? 'enforce' },
      }),
      catalog: options.catalog ?? testCatalog(),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    }),
  });
  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    userInfo: options.userInfo ?? mockServices.userInfo(),
    auditor,
    ...services,
    myWork: MyWorkService.create({
      store: stores.myWork,
      programmes: stores.programmes,
      authorizer,
      scope: services.scope,
    }),
    reminderPreferences: ReminderPreferencesService.create({
      store: new DatabaseReminderStore(knex),
      delivery: 'each',
    }),
    portfolioRollup: PortfolioRollupService.create({
      programmes: services.programmes,
      snapshots: new DatabasePortfolioSnapshotStore(knex),
      model: readMaturityModel(new ConfigReader({})),
      catalog: options.catalog ?? testCatalog(),
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
    }),
    refreshStatus:
      options.refreshAfterWrite === false
        ? undefined
        : services.refresher.refresh,
    health: async () => ({ status: 'ok', migration: 'x.js' }),
  });
  const app = express();
  app.use(router);
  app.use(mockErrorHandler());
  return {
    app,
    knex,
    auditor,
    auditorEvent,
    programmeStore: stores.programmes,
    decisionStore: stores.decisions,
    scopeStore: stores.scopes,
    reviewStore: stores.reviews,
    actionStore: stores.actions,
    handoverStore: stores.handover,
    refresher: services.refresher,
  };
}
