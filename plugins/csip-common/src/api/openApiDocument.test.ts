import { csipEndpoints } from './endpoints';
import { openApiDocument, openApiPath } from './openApiDocument';

/** Every `$ref` anywhere in a JSON value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === '$ref' && typeof v === 'string' ? [v] : refsIn(v),
    );
  }
  return [];
}

describe('openApiDocument', () => {
  const document = openApiDocument();

  it('has one operation per endpoint, with its key as operation id', () => {
    const operations = Object.entries(document.paths).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({
          path,
          method,
          id: op.operationId,
        })),
    );
    expect(operations.map(o => o.id).sort()).toEqual(
      Object.keys(csipEndpoints).sort(),
    );
    for (const { path, method, id } of operations) {
      const endpoint = csipEndpoints[id as keyof typeof csipEndpoints];
      expect(`${method} ${path}`).toBe(
        `${endpoint.method.toLowerCase()} ${openApiPath(endpoint.path)}`,
      );
    }
  });

  it('writes path parameters OpenAPI style and declares each of them', () => {
    const op =
      document.paths['/programmes/{id}/scope/versions/{number}/agreements']
        .post;
    expect(op.parameters?.map(p => [p.name, p.in, p.required])).toEqual([
      ['id', 'path', true],
      ['number', 'path', true],
    ]);
    expect(op.requestBody).toBeDefined();
    expect(Object.keys(op.responses)).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
    ]);
  });

  it('lists the 503 of an unreachable catalog where refs are looked up', () => {
    const checking = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => '503' in op.responses)
        .map(([method]) => `${method} ${path}`),
    );
    expect(checking.sort()).toEqual([
      'patch /programmes/{id}',
      'post /import',
      'post /programmes',
      'post /programmes/{id}/moments',
    ]);
  });

  it('turns a query schema into optional query parameters', () => {
    const op = document.paths['/programmes'].get;
    expect(op.parameters?.map(p => p.name)).toEqual([
      'owner',
      'phase',
      'q',
      'approach',
      'scopeStatus',
      'ready',
      'overdue',
      'sort',
      'order',
      'limit',
      'cursor',
    ]);
    expect(op.parameters?.every(p => p.in === 'query' && !p.required)).toBe(
      true,
    );
  });

  it('lets anyone read the health, and describes the CSV as text', () => {
    expect(document.paths['/health'].get.security).toEqual([]);
    expect(document.paths['/health'].get.responses).not.toHaveProperty('401');
    expect(
      Object.keys(
        (
          document.paths['/programmes.csv'].get.responses['200'] as {
            content: object;
          }
        ).content,
      ),
    ).toEqual(['text/csv']);
  });

  it('resolves every reference, and every component is used', () => {
    const refs = new Set(refsIn(document));
    const components = [
      ...Object.keys(document.components.schemas).map(
        name => `#/components/schemas/${name}`,
      ),
      ...Object.keys(document.components.responses).map(
        name => `#/components/responses/${name}`,
      ),
    ];
    expect([...refs].filter(ref => !components.includes(ref))).toEqual([]);
    expect(components.filter(ref => !refs.has(ref))).toEqual([]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});
