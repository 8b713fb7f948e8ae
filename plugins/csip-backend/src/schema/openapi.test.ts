import { mockServices } from '@backstage/backend-test-utils';
import { openApiDocument, openApiPath } from '@csip-coach/plugin-csip-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRouter } from '../router';

/** What the router's services are never asked for while it is built. */
const unused = {} as never;

/** `GET /programmes/{id}`-style keys of every route an express router registers. */
function registeredRoutes(router: unknown): string[] {
  type Layer = {
    route?: { path: string; methods: Record<string, boolean> };
    handle?: { stack?: Layer[] };
  };
  const walk = (stack: Layer[]): string[] =>
    stack.flatMap(layer => {
      if (layer.route) {
        const { path, methods } = layer.route;
        return Object.keys(methods).map(
          method => `${method.toLocaleUpperCase('en-US')} ${openApiPath(path)}`,
        );
      }
      return layer.handle?.stack ? walk(layer.handle.stack) : [];
    });
  return walk((router as { stack: Layer[] }).stack);
}

describe('the OpenAPI document', () => {
  const document = openApiDocument();

  it('is checked in as generated (run `yarn openapi:generate` in plugins/csip-backend after changing an endpoint)', () => {
    const checkedIn = JSON.parse(
      readFileSync(resolve(__dirname, 'openapi.json'), 'utf8'),
    );
    // Through JSON, as the generator writes it.
    const generated = JSON.parse(JSON.stringify(document));
    if (JSON.stringify(checkedIn) !== JSON.stringify(generated)) {
      throw new Error(
        'src/schema/openapi.json is out of date: run `yarn openapi:generate` in plugins/csip-backend and commit the result',
      );
    }
    expect(checkedIn).toEqual(generated);
  });

  it('describes exactly the routes the backend registers', async () => {
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      userInfo: mockServices.userInfo(),
      auditor: mockServices.auditor.mock(),
      programmes: unused,
      approach: unused,
      scope: unused,
      reviews: unused,
      actions: unused,
      moments: unused,
      outcomes: unused,
      advice: unused,
      coaching: unused,
      handover: unused,
      feedback: unused,
      selfAssessments: unused,
      archives: unused,
      myWork: unused,
      reminderPreferences: unused,
      portfolioRollup: unused,
      health: async () => ({ status: 'ok' }),
    });
    const routes = registeredRoutes(router);
    const documented = Object.entries(document.paths).flatMap(
      ([path, operations]) =>
        Object.keys(operations).map(
          method => `${method.toLocaleUpperCase('en-US')} ${path}`,
        ),
    );

    expect(new Set(routes).size).toBe(routes.length);
    expect([...routes].sort()).toEqual([...documented].sort());
  });
});
