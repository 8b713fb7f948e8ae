import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { csipPlugin } from './plugin';
import { testCatalogEntities } from './__testUtils__/testCatalog';

/** The catalog of the test backends: the owners and members tests use. */
const catalog = catalogServiceMock.factory({ entities: testCatalogEntities() });

jest.setTimeout(60_000);

describe('csip backend plugin', () => {
  it('runs its migrations at start-up and serves the API at /api/csip', async () => {
    const { server } = await startTestBackend({
      features: [csipPlugin, catalog],
    });

    const health = await request(server)
      .get('/api/csip/health')
      .set('Authorization', mockCredentials.none.header());
    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      status: 'ok',
      migration: '20261204010000_review_history_columns.js',
    });

    const anonymous = await request(server)
      .get('/api/csip/programmes')
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);

    const empty = await request(server).get('/api/csip/programmes');
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ items: [] });

    const created = await request(server).post('/api/csip/programmes').send({
      title: 'Release CSIP',
      driver: 'strategic',
      ownerRef: 'system:default/payments',
    });
    expect(created.status).toBe(201);
    expect(created.body.createdBy).toBe(
      mockCredentials.user().principal.userEntityRef,
    );

    const list = await request(server).get('/api/csip/programmes');
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([
      created.body.id,
    ]);
  });
});

describe('csip backend plugin with demo data', () => {
  it('seeds the demo programmes once, in different phases with each approach', async () => {
    const { server } = await startTestBackend({
      features: [
        csipPlugin,
        catalog,
        mockServices.rootConfig.factory({ data: { csip: { demoData: true } } }),
      ],
    });
    const list = await request(server).get('/api/csip/programmes');
    expect(list.status).toBe(200);
    const items: Array<{ phase: string; approach: string; ownerRef: string }> =
      list.body.items;
    expect(items).toHaveLength(4);
    expect(new Set(items.map(p => p.phase)).size).toBe(4);
    expect(new Set(items.map(p => p.approach))).toEqual(
      new Set(['done-to-you', 'diy', 'diy-with-coaching']),
    );

    const changeCsip = list.body.items.find(
      (p: { title: string }) => p.title === 'Change management CSIP',
    );
    const maturity = await request(server).get(
      `/api/csip/programmes/${changeCsip.id}/maturity`,
    );
    expect(
      maturity.body.processes.map(
        (p: { process: string; level: number; target: number }) => [
          p.process,
          p.level,
          p.target,
        ],
      ),
    ).toEqual([
      ['change', 2, 3],
      ['configuration', 1, 2],
      ['release', null, 2],
    ]);
    expect(maturity.body.processes[0].trend).toHaveLength(2);
    const actions = await request(server).get(
      `/api/csip/programmes/${changeCsip.id}/actions`,
    );
    expect(
      actions.body.items.map((a: { status: string }) => a.status).sort(),
    ).toEqual(['done', 'open', 'open', 'open']);

    const handover = await request(server).get(
      `/api/csip/programmes/${changeCsip.id}/handover`,
    );
    expect(handover.body.items).toHaveLength(18);
    expect(handover.body.score).toBeGreaterThan(0);
    expect(handover.body.coverage).toEqual([
      expect.objectContaining({ process: 'change', status: 'at-risk' }),
      expect.objectContaining({ process: 'configuration', status: 'at-risk' }),
      expect.objectContaining({ process: 'release', status: 'gap' }),
    ]);
    expect(handover.body.readiness.ready).toBe(false);
  });
});
