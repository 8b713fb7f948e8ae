/**
 * How `@backstage/errors` words an answer whose body is not a Backstage
 * error: `Request failed with status 403 Forbidden, <the body as text>`.
 */
const RAW_BODY = /^Request failed with status (\d{3})([^,]*), ([\s\S]*)$/;

/** The message inside a JSON error body of any common shape, if any. */
function messageInJson(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const body = value as {
    error?: unknown;
    message?: unknown;
  };
  const nested = (body.error as { message?: unknown } | null | undefined)
    ?.message;
  for (const candidate of [nested, body.message, body.error]) {
    if (typeof candidate === 'string' && candidate.trim()) {
      return candidate.trim();
    }
  }
  return undefined;
}

/**
 * A message people can read: a server body that was not a Backstage error
 * (a proxy's HTML page, someone else's JSON) is never shown raw; its
 * message is taken out of the JSON, or only the status is said.
 */
function readable(message: string): string {
  const raw = RAW_BODY.exec(message);
  if (!raw) return message;
  const [, status, statusText, text] = raw;
  const inJson = messageInJson(text);
  if (inJson) return inJson;
  const what = `The server answered ${status}${statusText.trimEnd()}`;
  const plain = text.trim();
  return !plain || /^[<{[]/.test(plain) || plain.length > 300
    ? what
    : `${what}: ${plain}`;
}

/**
 * The message to show for a failed call: the server's own message when the
 * error is a `ResponseError` from `@backstage/errors` (which names the
 * offending fields of a 400, the rule a 403 broke and the unmet gates of a
 * 409), otherwise the error's message — in words, never a raw JSON body.
 */
export function errorMessage(error: unknown): string {
  const body = (error as { body?: { error?: { message?: unknown } } } | null)
    ?.body;
  const serverMessage = body?.error?.message;
  if (typeof serverMessage === 'string' && serverMessage) {
    return readable(serverMessage);
  }
  if (error instanceof Error) {
    return readable(error.message);
  }
  return String(error);
}
