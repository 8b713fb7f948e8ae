/**
 * Why reading something failed, as the views tell it apart: it does not
 * exist (HTTP 404, `NotFoundError`), the signed-in user may not see it
 * (HTTP 401 or 403, `NotAllowedError`, `AuthenticationError`), or anything
 * else went wrong, such as a server failure or a lost connection.
 *
 * @internal
 */
export type CsipErrorKind = 'notFound' | 'forbidden' | 'failure';

type ErrorLike = {
  name?: unknown;
  statusCode?: unknown;
  response?: { status?: unknown };
  body?: { error?: { name?: unknown }; response?: { statusCode?: unknown } };
  cause?: { name?: unknown };
};

const asErrorLike = (error: unknown): ErrorLike =>
  typeof error === 'object' && error !== null ? (error as ErrorLike) : {};

const numberOr = (...values: unknown[]) =>
  values.find((v): v is number => typeof v === 'number');

/**
 * The HTTP status a call failed with, when the server answered: from a
 * `ResponseError` of `@backstage/errors` (its `statusCode`, its response
 * or its body); `undefined` for anything else, such as a lost connection.
 *
 * @internal
 */
export function errorStatus(error: unknown): number | undefined {
  const e = asErrorLike(error);
  return numberOr(
    e.statusCode,
    e.response?.status,
    e.body?.response?.statusCode,
  );
}

/**
 * The name of the server's error, such as `NotFoundError`, from the body of
 * a `ResponseError`, else its cause, else the error's own name.
 */
function errorName(error: unknown): string | undefined {
  const e = asErrorLike(error);
  return [e.body?.error?.name, e.cause?.name, e.name].find(
    (n): n is string => typeof n === 'string' && n !== 'ResponseError',
  );
}

/**
 * Whether a failed call was refused because the data changed meanwhile
 * (HTTP 409).
 *
 * @internal
 */
export const isStale = (error: unknown) => errorStatus(error) === 409;

/**
 * What kind of failure `error` is: `notFound`, `forbidden` or `failure`
 * (see {@link CsipErrorKind}), from its HTTP status or, without one, the
 * name of the server's error.
 *
 * @internal
 */
export function errorKind(error: unknown): CsipErrorKind {
  const status = errorStatus(error);
  const name = errorName(error);
  if (status === 404 || (status === undefined && name === 'NotFoundError')) {
    return 'notFound';
  }
  if (
    status === 401 ||
    status === 403 ||
    (status === undefined &&
      (name === 'NotAllowedError' || name === 'AuthenticationError'))
  ) {
    return 'forbidden';
  }
  return 'failure';
}
