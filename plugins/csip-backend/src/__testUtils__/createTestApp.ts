import { PermissionsService } from '@backstage/backend-plugin-api';
import {
  mockErrorHandler,
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PermissionRuleset } from '@backstage/plugin-permission-node';
import type { Programme } from '@csip-coach/plugin-csip-common';
import express from 'express';
import { ConfigReader } from '@backstage/config';
import { DatabaseActionStore } from '../database/DatabaseActionStore';
import { DatabaseDecisionStore } from '../database/DatabaseDecisionStore';
import { DatabaseProgrammeStore } from '../database/DatabaseProgrammeStore';
import { DatabaseReviewStore } from '../database/DatabaseReviewStore';
import { DatabaseScopeStore } from '../database/DatabaseScopeStore';
import { readMaturityModel } from '../maturity/readMaturityModel';
import { ProgrammeAuthorizer } from '../permissions/ProgrammeAuthorizer';
import { programmeRules } from '../permissions/rules';
import { createRouter } from '../router';
import { ActionService } from '../services/ActionService';
import { ApproachService } from '../services/ApproachService';
import { ProgrammeService } from '../services/ProgrammeService';
import { ReviewService } from '../services/ReviewService';
import { ScopeService } from '../services/ScopeService';

/**
 * The real router, services and stores on a test database, with identity
 * from `mockServices.httpAuth` and a permissions service of the test's
 * choosing (allow-all by default).
 */
export async function createTestApp(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  permissions?: PermissionsService;
}) {
  const knex = await options.databases.init(options.databaseId);
  const database = mockServices.database({ knex });
  const programmeStore = await DatabaseProgrammeStore.create({ database });
  const decisionStore = await DatabaseDecisionStore.create({ database });
  const scopeStore = await DatabaseScopeStore.create({ database });
  const reviewStore = await DatabaseReviewStore.create({ database });
  const actionStore = await DatabaseActionStore.create({ database });

  // The real rules, so conditional decisions are applied as in production.
  const rules = Object.values(programmeRules);
  const ruleset: PermissionRuleset<Programme> = {
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
  const programmes = ProgrammeService.create({
    programmes: programmeStore,
    decisions: decisionStore,
    scopes: scopeStore,
    authorizer,
  });
  const auditor = mockServices.auditor.mock();
  const auditorEvent = { success: jest.fn(), fail: jest.fn() };
  auditor.createEvent.mockResolvedValue(auditorEvent);

  const router = await createRouter({
    httpAuth: mockServices.httpAuth(),
    userInfo: mockServices.userInfo(),
    auditor,
    programmes,
    approach: ApproachService.create({
      decisions: decisionStore,
      programmes,
      authorizer,
    }),
    scope: ScopeService.create({
      programmes: programmeStore,
      programmeService: programmes,
      scopes: scopeStore,
      authorizer,
    }),
    reviews: ReviewService.create({
      model: readMaturityModel(new ConfigReader({})),
      reviews: reviewStore,
      scopes: scopeStore,
      programmeService: programmes,
    }),
    actions: ActionService.create({
      actions: actionStore,
      programmeService: programmes,
    }),
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
    programmeStore,
    decisionStore,
    scopeStore,
    reviewStore,
    actionStore,
  };
}
