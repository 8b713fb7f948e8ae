import { ResponseError } from '@backstage/errors';
import { errorMessage } from './errorMessage';

const answer = (status: number, body: string, contentType: string) =>
  ResponseError.fromResponse(
    new Response(body, {
      status,
      statusText: status === 403 ? 'Forbidden' : 'Bad Request',
      headers: { 'Content-Type': contentType },
    }),
  );

describe('errorMessage', () => {
  it('shows the message of a Backstage error body', async () => {
    const error = await answer(
      403,
      JSON.stringify({
        error: {
          name: 'NotAllowedError',
          message:
            'Only the programme’s leads and coaches add or remove members and change roles',
        },
        response: { statusCode: 403 },
      }),
      'application/json',
    );
    expect(errorMessage(error)).toBe(
      'Only the programme’s leads and coaches add or remove members and change roles',
    );
  });

  it('takes the message out of any other JSON body instead of showing it raw', async () => {
    const error = await answer(
      400,
      JSON.stringify({
        message: 'members: you cannot give yourself the role coach',
      }),
      'application/json',
    );
    expect(errorMessage(error)).toBe(
      'members: you cannot give yourself the role coach',
    );
    const nested = await answer(
      403,
      JSON.stringify({ error: { message: 'Not allowed' } }),
      'text/plain',
    );
    expect(errorMessage(nested)).toBe('Not allowed');
  });

  it('says only the status for a JSON body without a message or an HTML page', async () => {
    const json = await answer(403, '{"allowed":false}', 'application/json');
    expect(errorMessage(json)).toBe('The server answered 403 Forbidden');
    const html = await answer(
      400,
      '<html><body>Bad</body></html>',
      'text/html',
    );
    expect(errorMessage(html)).toBe('The server answered 400 Bad Request');
  });

  it('keeps a short plain-text body, and plain errors as they are', async () => {
    const text = await answer(403, 'Forbidden by the proxy', 'text/plain');
    expect(errorMessage(text)).toBe(
      'The server answered 403 Forbidden: Forbidden by the proxy',
    );
    expect(errorMessage(new Error('Network down'))).toBe('Network down');
    expect(errorMessage('odd')).toBe('odd');
  });
});
