import { Endpoint, endpointPathParams, isCsvEndpoint } from './defineEndpoint';
import { endpointRequest, pathParamNames } from './endpointRequest';
import { csipEndpoints } from './endpoints';

describe('csipEndpoints', () => {
  const entries = Object.entries(csipEndpoints);

  it('has one entry per method and path', () => {
    const routes = entries.map(([, e]) => `${e.method} ${e.path}`);
    expect(new Set(routes).size).toBe(routes.length);
    expect(entries).toHaveLength(61);
  });

  it('uses only path parameters the router checks', () => {
    for (const [, endpoint] of entries) {
      for (const name of pathParamNames(endpoint.path)) {
        expect(Object.keys(endpointPathParams)).toContain(name);
      }
    }
  });

  it('gives every endpoint a one-line summary, a success status and at most one of query and body', () => {
    for (const [name, endpoint] of entries as Array<[string, Endpoint]>) {
      expect({ name, summary: endpoint.summary }).toEqual({
        name,
        summary: expect.stringMatching(/^[^\n]{3,100}$/),
      });
      expect([200, 201]).toContain(endpoint.status);
      expect(Boolean(endpoint.query && endpoint.body)).toBe(false);
    }
    const getsWithBody = entries.filter(
      ([, e]) => e.method === 'GET' && 'body' in e,
    );
    expect(getsWithBody).toEqual([]);
  });

  it('has a bodyField only where it is the one field of the body', () => {
    const withField = entries.flatMap(([name, e]) =>
      'bodyField' in e
        ? [[name, e.bodyField, Object.keys(e.body.shape)] as const]
        : [],
    );
    expect(withField).toEqual([
      ['getRecommendation', 'answers', ['answers']],
      ['checkTone', 'text', ['text']],
    ]);
  });

  it('answers with CSV only for the portfolio download', () => {
    expect(
      entries.filter(([, e]) => isCsvEndpoint(e)).map(([name]) => name),
    ).toEqual(['downloadPortfolioCsv']);
  });
});

describe('endpointRequest', () => {
  it('fills in and encodes the path parameters in order', () => {
    expect(
      endpointRequest(csipEndpoints.recordAgreement, [
        'p 1',
        3,
        { decision: 'agree' },
      ]),
    ).toEqual({
      method: 'POST',
      path: '/programmes/p%201/scope/versions/3/agreements',
      body: { decision: 'agree' },
    });
  });

  it('sends the query fields that are set, without the ignored ones', () => {
    expect(
      endpointRequest(csipEndpoints.listProgrammes, [
        { phase: 'establish', q: '', owner: undefined, limit: 10 },
      ]),
    ).toEqual({ method: 'GET', path: '/programmes?phase=establish&limit=10' });
    expect(
      endpointRequest(csipEndpoints.downloadPortfolioCsv, [
        { ready: false, limit: 25, cursor: 'abc' },
      ]),
    ).toEqual({ method: 'GET', path: '/programmes.csv?ready=false' });
    expect(endpointRequest(csipEndpoints.listProgrammes, [])).toEqual({
      method: 'GET',
      path: '/programmes',
    });
  });

  it('wraps a single-field body', () => {
    expect(
      endpointRequest(csipEndpoints.checkTone, ['Heads will roll']),
    ).toEqual({
      method: 'POST',
      path: '/tone/check',
      body: { text: 'Heads will roll' },
    });
  });

  it('sends no body where the endpoint takes none', () => {
    expect(endpointRequest(csipEndpoints.getReview, ['r/1'])).toEqual({
      method: 'GET',
      path: '/reviews/r%2F1',
    });
  });
});
