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

  it('lists the changes of a programme’s members', async () => {
    const change = {
      programmeId: 'p 1',
      changedBy: 'user:default/alex.coach',
      changedAt: '2026-11-25T10:00:00.000Z',
      before: [],
      after: [{ userRef: 'user:default/omar.member', role: 'member' }],
    };
    const { fetch, client } = clientAnswering(200, { items: [change] });
    await expect(client.listMembershipChanges('p 1')).resolves.toEqual({
      items: [change],
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/csip/programmes/p%201/members/history',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('gets a programme’s export', async () => {
    const archive = { format: 'csip-coach.programme', formatVersion: 1 };
    const { fetch, client } = clientAnswering(200, archive);
    await expect(client.exportProgramme('p 1')).resolves.toEqual(archive);
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/csip/programmes/p%201/export',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('posts an export to import it as a new programme', async () => {
    const { fetch, client } = clientAnswering(201, { id: 'p9' });
    const archive = { format: 'csip-coach.programme', programme: {} };
    await expect(client.importProgramme(archive)).resolves.toEqual({
      id: 'p9',
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://backend/api/csip/import');
    expect(init).toMatchObject({
      method: 'POST',
      body: JSON.stringify(archive),
      headers: { 'Content-Type': 'application/json' },
    });
  });

  it('rejects an import the server finds invalid with its message', async () => {
    const { client } = clientAnswering(400, {
      error: {
        name: 'InputError',
        message: 'Invalid programme export: format: Invalid input',
      },
      response: { statusCode: 400 },
    });
    await expect(client.importProgramme({})).rejects.toMatchObject({
      name: 'ResponseError',
      body: {
        error: { message: 'Invalid programme export: format: Invalid input' },
      },
    });
  });

  it('downloads the portfolio CSV under the current filter, without paging', async () => {
    const fetch = jest.fn(
      async (_url: RequestInfo | URL, _init?: RequestInit) =>
        new Response('Id,Title\np1,Change CSIP\n', {
          status: 200,
          headers: { 'Content-Type': 'text/csv' },
        }),
    );
    const client = new CsipClient({ discoveryApi, fetchApi: { fetch } });
    const blob = await client.downloadPortfolioCsv({
      phase: 'implement',
      ready: false,
      sort: 'score',
      limit: 25,
      cursor: 'abc',
    });
    expect(await blob.text()).toBe('Id,Title\np1,Change CSIP\n');
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/csip/programmes.csv?phase=implement&ready=false&sort=score',
      expect.objectContaining({ method: 'GET' }),
    );
  });
});
