import { errorMessage } from '../util/errorMessage';
import { errorStatus } from './errorKind';

/** What browsers say when a request never reached the server. */
const NETWORK_FAILURE =
  /^(Failed to fetch|NetworkError|Load failed|Network request failed)/i;

/** What the backend says instead of an unexpected error's own message. */
const INTERNAL_ERROR = /^An internal error occurred(?: logId=(\w+))?/;

/**
 * Messages that are not words for people: a JSON text (such as a schema
 * library's list of issues), a body-less `ResponseError` message, a status
 * without a reason, or a thrown object.
 */
const NOT_WORDS = [
  /^[[{"]/,
  /^Request failed with /,
  /^The server answered \d{3}[^:]*$/,
  /^\[object \w+\]$/,
  /^(undefined|null)$/,
];

/** The sentence for a failure whose message cannot be shown. */
function fallback(status: number | undefined, logId?: string): string {
  if (status === undefined)
    return 'Something went wrong. Try again in a moment.';
  if (status >= 500) {
    const log = logId
      ? `; if it keeps failing, give your administrator the log id ${logId}`
      : '';
    return `The server could not do this (HTTP ${status}). Try again in a moment${log}.`;
  }
  if (status === 404) {
    return 'The server could not find it (HTTP 404); it may have been removed.';
  }
  if (status === 401 || status === 403) {
    return `You are not allowed to do this (HTTP ${status}).`;
  }
  if (status === 409) {
    return 'Someone else changed this meanwhile (HTTP 409). Reload, then try again.';
  }
  return `The server refused this (HTTP ${status}).`;
}

/**
 * Why a call failed, in words people can read — never a raw JSON body:
 *
 * - the server's own message when it gave one (a `ResponseError`'s
 *   `body.error.message`: the backend words its 400, 403, 404 and 409 as
 *   sentences, naming the offending fields, the rule broken or the unmet
 *   gates), as it is: no full stop is added, so a caller can follow it
 *   with a clause of its own (`sentence` ends it);
 * - a lost connection as such;
 * - otherwise a sentence with the HTTP status, such as "The server could
 *   not do this (HTTP 500). Try again in a moment."
 *
 * @internal
 */
export function errorSentence(error: unknown): string {
  const status = errorStatus(error);
  const own = (error as { message?: unknown } | null)?.message;
  if (
    status === undefined &&
    typeof own === 'string' &&
    NETWORK_FAILURE.test(own)
  ) {
    return 'The server could not be reached. Check your connection, then try again.';
  }
  // An error from another realm (a frame, a test environment) is not an
  // `instanceof Error` here, but is worded the same.
  const message = errorMessage(
    typeof own === 'string' && !(error instanceof Error)
      ? Object.assign(new Error(own), {
          body: (error as { body?: unknown }).body,
        })
      : error,
  ).trim();
  const internal = INTERNAL_ERROR.exec(message);
  if (internal) return fallback(status ?? 500, internal[1]);
  if (!message || NOT_WORDS.some(pattern => pattern.test(message))) {
    return fallback(status);
  }
  return message;
}
