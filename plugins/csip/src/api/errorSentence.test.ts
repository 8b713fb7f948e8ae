import { ResponseError } from '@backstage/errors';
import { aResponseError } from '../__testUtils__/fixtures';
import { errorSentence } from './errorSentence';

const answer = (
  status: number,
  body: unknown,
  contentType = 'application/json',
) =>
  ResponseError.fromResponse(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': contentType },
    }),
  );

const backstageError = (status: number, name: string, message: string) =>
  answer(status, {
    error: { name, message },
    request: { method: 'PATCH', url: '/x' },
    response: { statusCode: status },
  });

describe('errorSentence', () => {
  it('gives the server’s own message, as it words it', async () => {
    expect(
      errorSentence(
        await backstageError(
          403,
          'NotAllowedError',
          'Only the programme’s leads and coaches add handover items',
        ),
      ),
    ).toBe('Only the programme’s leads and coaches add handover items');
    expect(
      errorSentence(aResponseError(409, 'ConflictError', 'Review r1 changed')),
    ).toBe('Review r1 changed');
    expect(errorSentence(new Error('no such programme'))).toBe(
      'no such programme',
    );
  });

  it('never shows a JSON text: a server failure becomes a sentence with its status', async () => {
    const zodLike = JSON.stringify(
      [{ code: 'invalid_type', path: ['status'], message: 'Required' }],
      null,
      2,
    );
    expect(errorSentence(await backstageError(500, 'ZodError', zodLike))).toBe(
      'The server could not do this (HTTP 500). Try again in a moment.',
    );
    expect(errorSentence(await answer(502, { detail: { upstream: 1 } }))).toBe(
      'The server could not do this (HTTP 502). Try again in a moment.',
    );
    expect(
      errorSentence(await answer(503, '<html>down</html>', 'text/html')),
    ).toBe('The server could not do this (HTTP 503). Try again in a moment.');
    expect(errorSentence(await answer(500, ''))).toBe(
      'The server could not do this (HTTP 500). Try again in a moment.',
    );
  });

  it('takes the message out of a JSON body that is not a Backstage error', async () => {
    expect(
      errorSentence(await answer(400, { message: 'owner: is not a group' })),
    ).toBe('owner: is not a group');
  });

  it('says what a status means when there is no message', async () => {
    expect(errorSentence(await answer(404, ''))).toBe(
      'The server could not find it (HTTP 404); it may have been removed.',
    );
    expect(errorSentence(await answer(403, '{"allowed":false}'))).toBe(
      'You are not allowed to do this (HTTP 403).',
    );
    expect(errorSentence(await answer(409, ''))).toBe(
      'Someone else changed this meanwhile (HTTP 409). Reload, then try again.',
    );
    expect(errorSentence(await answer(422, ''))).toBe(
      'The server refused this (HTTP 422).',
    );
  });

  it('passes on the log id of a hidden internal error', async () => {
    expect(
      errorSentence(
        await backstageError(
          500,
          'Error',
          'An internal error occurred logId=abc123',
        ),
      ),
    ).toBe(
      'The server could not do this (HTTP 500). Try again in a moment; if it keeps failing, give your administrator the log id abc123.',
    );
  });

  it('says when the server could not be reached, and words odd throws', () => {
    expect(errorSentence(new TypeError('Failed to fetch'))).toBe(
      'The server could not be reached. Check your connection, then try again.',
    );
    expect(errorSentence({ weird: true })).toBe(
      'Something went wrong. Try again in a moment.',
    );
    expect(errorSentence('Something odd')).toBe('Something odd');
  });
});
