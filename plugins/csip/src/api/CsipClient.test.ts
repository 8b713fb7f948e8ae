import { CsipClient } from './CsipClient';

describe('CsipClient', () => {
  const discoveryApi = {
    getBaseUrl: jest.fn(
      async (pluginId: string) => `http://backend/api/${pluginId}`,
    ),
  };

  function clientAnswering(status: number, body: unknown) {
    const fetch = jest.fn(
      async (_url: RequestInfo | URL, _init?: RequestInit) =>
        new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    return {
      fetch,
      client: new CsipClient({ discoveryApi, fetchApi: { fetch } }),
    };
  }

  it('lists programmes with only the query fields that are set', async () => {
    const { fetch, client } = clientAnswering(200, { items: [] });
    await expect(
      client.listProgrammes({ phase: 'establish', q: '', limit: 10 }),
    ).resolves.toEqual({ items: [] });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/csip/programmes?phase=establish&limit=10',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('posts JSON when creating', async () => {
    const { fetch, client } = clientAnswering(201, { id: 'p1' });
    const body = {
      title: 'T',
      vision: '',
      driver: 'strategic' as const,
      businessDrivers: [],
      ownerRef: 'group:default/ops',
      members: [],
    };
    await client.createProgramme(body);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://backend/api/csip/programmes');
    expect(init).toMatchObject({ method: 'POST', body: JSON.stringify(body) });
  });

  it('turns an error body into a ResponseError', async () => {
    const { client } = clientAnswering(400, {
      error: {
        name: 'InputError',
        message: 'Invalid programme: title: too short',
      },
      response: { statusCode: 400 },
    });
    await expect(client.getProgramme('x')).rejects.toMatchObject({
      name: 'ResponseError',
      body: { error: { name: 'InputError' } },
    });
  });
});
