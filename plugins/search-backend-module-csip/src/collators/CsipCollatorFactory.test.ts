import { mockServices } from '@backstage/backend-test-utils';
import {
  LunrSearchEngine,
  TestPipeline,
} from '@backstage/plugin-search-backend-node';
import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import type { Readable } from 'node:stream';
import { CsipCollatorFactory } from './CsipCollatorFactory';
import type { CsipProgrammeDocument } from './CsipProgrammeDocument';

const BASE_URL = 'http://csip.test/api/csip';

function programme(
  id: string,
  overrides: Partial<ProgrammeSummary> = {},
): ProgrammeSummary {
  return {
    id,
    title: `Programme ${id}`,
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    phase: 'implement',
    approach: 'diy-with-coaching',
    archived: false,
    version: 1,
    updatedAt: '2025-01-02T03:04:05.000Z',
    status: {
      scopeStatus: 'agreed',
      levels: [],
      score: 40,
      ready: false,
      blockers: 2,
      summitPercent: 24,
      summitCamp: 'base-camp',
      sustainDueOn: null,
      sustainLapsed: false,
      levelDrops: [],
    },
    overdueActions: 0,
    ...overrides,
  };
}

const PAGE_1 = {
  items: [
    programme('p1'),
    programme('p2', {
      title: 'Service desk rescue',
      driver: 'strategic',
      ownerRef: 'system:default/service-desk',
      phase: 'sustain',
      approach: undefined,
      archived: true,
      status: {
        scopeStatus: 'awaiting-agreement',
        levels: [],
        score: 100,
        ready: true,
        blockers: 0,
        summitPercent: null,
        summitCamp: 'summit',
        sustainDueOn: null,
        sustainLapsed: false,
        levelDrops: [],
      },
      overdueActions: 1,
    }),
  ],
  nextCursor: 'cursor-2',
};
const PAGE_2 = {
  items: [programme('p 3/x', { status: undefined, approach: 'diy' })],
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

async function collect(stream: Readable): Promise<CsipProgrammeDocument[]> {
  const docs: CsipProgrammeDocument[] = [];
  for await (const doc of stream) docs.push(doc);
  return docs;
}

describe('CsipCollatorFactory', () => {
  const discovery = mockServices.discovery.mock({
    getBaseUrl: async () => BASE_URL,
  });
  const auth = mockServices.auth.mock({
    getOwnServiceCredentials: async () => ({
      $$type: '@backstage/BackstageCredentials' as const,
      principal: { type: 'service' as const, subject: 'plugin:search' },
    }),
    getPluginRequestToken: async () => ({ token: 'service-token' }),
  });
  let fetchMock: jest.SpiedFunction<typeof fetch>;

  beforeEach(() => {
    jest.clearAllMocks();
    fetchMock = jest.spyOn(global, 'fetch');
  });

  afterEach(() => {
    fetchMock.mockRestore();
  });

  function pagesResponder() {
    fetchMock.mockImplementation(async input => {
      const url = new URL(String(input));
      return json(url.searchParams.get('cursor') ? PAGE_2 : PAGE_1);
    });
  }

  it('has the document type and read permission', () => {
    const factory = new CsipCollatorFactory({ discovery, auth });
    expect(factory.type).toBe('csip-programme');
    expect(factory.visibilityPermission.name).toBe('csip.programme.read');
  });

  it('pages through every programme, archived ones included', async () => {
    pagesResponder();
    const factory = new CsipCollatorFactory({ discovery, auth });

    const docs = await collect(await factory.getCollator());

    expect(docs.map(d => d.location)).toEqual([
      '/csip/programmes/p1',
      '/csip/programmes/p2',
      '/csip/programmes/p%203%2Fx',
    ]);
    expect(discovery.getBaseUrl).toHaveBeenCalledWith('csip');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [first, second] = fetchMock.mock.calls;
    expect(String(first[0])).toBe(`${BASE_URL}/programmes?limit=100`);
    expect(String(second[0])).toBe(
      `${BASE_URL}/programmes?limit=100&cursor=cursor-2`,
    );
  });

  it('sends a service token for the csip plugin', async () => {
    pagesResponder();
    const factory = new CsipCollatorFactory({ discovery, auth });

    await collect(await factory.getCollator());

    expect(auth.getPluginRequestToken).toHaveBeenCalledWith({
      onBehalfOf: expect.objectContaining({
        principal: { type: 'service', subject: 'plugin:search' },
      }),
      targetPluginId: 'csip',
    });
    for (const [, init] of fetchMock.mock.calls) {
      expect(init?.headers).toMatchObject({
        Authorization: 'Bearer service-token',
      });
    }
  });

  it('builds documents with the right fields and words', async () => {
    pagesResponder();
    const factory = new CsipCollatorFactory({ discovery, auth });

    const [p1, p2, p3] = await collect(await factory.getCollator());

    expect(p1).toEqual({
      title: 'Programme p1',
      text:
        'Operational programme in the Implement phase, owned by ' +
        'group:default/it-operations, implemented as do it yourself with ' +
        'coaching. Scope agreed by every approver. Not yet ready for the ' +
        'coach to leave: 2 blockers. Reached Base camp (24 % of the climb).',
      location: '/csip/programmes/p1',
      authorization: { resourceRef: 'p1' },
      programmeId: 'p1',
      ownerRef: 'group:default/it-operations',
      phase: 'implement',
      approach: 'diy-with-coaching',
      scopeStatus: 'agreed',
      archived: false,
      updatedAt: '2025-01-02T03:04:05.000Z',
    });

    expect(p2).toMatchObject({
      title: 'Service desk rescue',
      ownerRef: 'system:default/service-desk',
      phase: 'sustain',
      approach: undefined,
      scopeStatus: 'awaiting-agreement',
      archived: true,
    });
    expect(p2.text).toBe(
      'Strategic programme in the Sustain phase, owned by ' +
        'system:default/service-desk, implementation approach not yet ' +
        'decided. Scope awaiting agreement. Ready for the coach to leave. ' +
        'Reached the summit. 1 action overdue. Archived.',
    );
    // Every document has the same fields (the Lunr engine needs that).
    expect(Object.keys(p2).sort()).toEqual(Object.keys(p1).sort());

    expect(p3).toMatchObject({
      approach: 'diy',
      scopeStatus: undefined,
      archived: false,
    });
    expect(p3.text).toContain('implemented as do it yourself.');
    expect(p3.text).toContain('Scope and readiness not yet assessed.');
    expect(Object.keys(p3).sort()).toEqual(Object.keys(p1).sort());
  });

  it('feeds a Lunr index that finds programmes by their words', async () => {
    // The first document has no approach: the index must still work.
    fetchMock.mockResolvedValue(
      json({ items: [PAGE_1.items[1], PAGE_1.items[0], PAGE_2.items[0]] }),
    );
    const factory = new CsipCollatorFactory({ discovery, auth });
    const engine = new LunrSearchEngine({ logger: mockServices.logger.mock() });
    const indexer = await engine.getIndexer(factory.type);

    const { error } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    )
      .withIndexer(indexer)
      .execute();

    expect(error).toBeUndefined();
    const blocked = await engine.query({
      term: 'blockers',
      types: ['csip-programme'],
    });
    expect(blocked.results.map(r => r.document.location)).toEqual([
      '/csip/programmes/p1',
    ]);
    const sustain = await engine.query({
      term: 'rescue',
      filters: { phase: 'sustain' },
    });
    expect(sustain.results.map(r => r.document.title)).toEqual([
      'Service desk rescue',
    ]);
  });

  it('leaves the previous Lunr index in place when a run fails', async () => {
    const factory = new CsipCollatorFactory({ discovery, auth });
    const engine = new LunrSearchEngine({ logger: mockServices.logger.mock() });
    async function run() {
      return TestPipeline.fromCollator(await factory.getCollator())
        .withIndexer(await engine.getIndexer(factory.type))
        .execute();
    }
    fetchMock.mockResolvedValueOnce(json(PAGE_2));
    expect((await run()).error).toBeUndefined();

    fetchMock.mockResolvedValueOnce(new Response('', { status: 502 }));
    expect(String((await run()).error)).toContain('failed with 502');

    const found = await engine.query({ term: 'Programme', filters: {} });
    expect(found.results.map(r => r.document.title)).toEqual([
      'Programme p 3/x',
    ]);
  });

  it('uses the configured location template', async () => {
    pagesResponder();
    const factory = CsipCollatorFactory.fromConfig(
      mockServices.rootConfig({
        data: {
          search: {
            collators: {
              csip: { locationTemplate: '/improvement/programmes/:id' },
            },
          },
        },
      }),
      { discovery, auth },
    );

    const docs = await collect(await factory.getCollator());

    expect(docs[0].location).toBe('/improvement/programmes/p1');
  });

  it('fails with the status when the API answers 500', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({ error: { name: 'Error', message: 'database down' } }),
        { status: 500, statusText: 'Internal Server Error' },
      ),
    );
    const factory = new CsipCollatorFactory({ discovery, auth });

    await expect(collect(await factory.getCollator())).rejects.toThrow(
      `CSIP search collator: GET ${BASE_URL}/programmes?limit=100 failed with 500 Internal Server Error: database down`,
    );
  });

  it('fails on a later page too, after yielding the first', async () => {
    fetchMock
      .mockResolvedValueOnce(json(PAGE_1))
      .mockResolvedValueOnce(new Response('nope', { status: 403 }));
    const factory = new CsipCollatorFactory({ discovery, auth });

    const seen: string[] = [];
    const run = async () => {
      for await (const doc of await factory.getCollator()) {
        seen.push(doc.location);
      }
    };

    await expect(run()).rejects.toThrow(/failed with 403.*: nope/);
    expect(seen).toHaveLength(2);
  });

  it('fails clearly when the body is not a programme page', async () => {
    fetchMock.mockResolvedValue(json({ programmes: [] }));
    const factory = new CsipCollatorFactory({ discovery, auth });

    await expect(collect(await factory.getCollator())).rejects.toThrow(
      /returned no programme list/,
    );
  });

  it('stops when the API repeats a cursor', async () => {
    fetchMock.mockImplementation(async () =>
      json({ items: [programme('loop')], nextCursor: 'same' }),
    );
    const factory = new CsipCollatorFactory({ discovery, auth });

    await expect(collect(await factory.getCollator())).rejects.toThrow(
      /same cursor twice/,
    );
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
