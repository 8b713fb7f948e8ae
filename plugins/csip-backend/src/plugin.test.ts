import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { csipPlugin } from './plugin';

jest.setTimeout(60_000);

describe('csip backend plugin', () => {
  it('runs its migrations at start-up and serves the API at /api/csip', async () => {
    const { server } = await startTestBackend({ features: [csipPlugin] });

    const health = await request(server)
      .get('/api/csip/health')
      .set('Authorization', mockCredentials.none.header());
    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      status: 'ok',
      migration: '20261123000000_programmes.js',
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
