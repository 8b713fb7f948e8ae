/**
 * The message to show for a failed call: the server's own message when the
 * error is a `ResponseError` from `@backstage/errors` (which names the
 * offending fields of a 400 and the unmet gates of a 409), otherwise the
 * error's message.
 */
export function errorMessage(error: unknown): string {
  const body = (error as { body?: { error?: { message?: unknown } } } | null)
    ?.body;
  const serverMessage = body?.error?.message;
  if (typeof serverMessage === 'string' && serverMessage) {
    return serverMessage;
  }
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}
