import { ResponseError } from '@backstage/errors';
import { aResponseError } from '../__testUtils__/fixtures';
import { errorKind, errorStatus, isStale } from './errorKind';

const answer = (status: number, body = '') =>
  ResponseError.fromResponse(new Response(body, { status }));

describe('errorKind', () => {
  it('tells a missing thing from a hidden one and from a failure by the status', async () => {
    expect(errorKind(await answer(404))).toBe('notFound');
    expect(errorKind(await answer(403))).toBe('forbidden');
    expect(errorKind(await answer(401))).toBe('forbidden');
    expect(errorKind(await answer(500))).toBe('failure');
    expect(errorKind(await answer(400))).toBe('failure');
    expect(errorKind(aResponseError(404, 'NotFoundError', 'No p1'))).toBe(
      'notFound',
    );
  });

  it('uses the name of the server’s error when there is no status, else calls it a failure', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name });
    expect(errorKind(named('NotFoundError'))).toBe('notFound');
    expect(errorKind(named('NotAllowedError'))).toBe('forbidden');
    expect(errorKind(new TypeError('Failed to fetch'))).toBe('failure');
    expect(errorKind('odd')).toBe('failure');
    expect(errorKind(undefined)).toBe('failure');
  });

  it('reads the status of a ResponseError and knows a stale write', async () => {
    expect(errorStatus(await answer(409))).toBe(409);
    expect(isStale(await answer(409))).toBe(true);
    expect(isStale(aResponseError(409, 'ConflictError', 'changed'))).toBe(true);
    expect(isStale(await answer(400))).toBe(false);
    expect(errorStatus(new Error('plain'))).toBeUndefined();
  });
});
