import type { Endpoint } from './defineEndpoint';

/** A call of an endpoint, ready to send. @public */
export type EndpointRequest = {
  method: Endpoint['method'];
  /**
   * The path with its parameters filled in (URI-encoded) and the query
   * string, relative to the API's base URL.
   */
  path: string;
  /** The JSON body; `undefined` when the endpoint takes none. */
  body?: unknown;
};

const PATH_PARAM = /:([A-Za-z]+)/g;

/**
 * The names of the path parameters of an Express style path, in order.
 *
 * @public
 */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(PATH_PARAM)].map(match => match[1]);
}

/**
 * The request a client method sends for its positional arguments (see
 * `EndpointArgs`): the path parameters in order, then the query or the
 * body. Query fields that are undefined or empty, or that the endpoint
 * ignores, are left out.
 *
 * @public
 */
export function endpointRequest(
  endpoint: Endpoint,
  args: readonly unknown[],
): EndpointRequest {
  const names = pathParamNames(endpoint.path);
  let index = 0;
  const path = endpoint.path.replace(PATH_PARAM, () =>
    encodeURIComponent(String(args[index++])),
  );
  const [last] = args.slice(names.length);
  if (endpoint.query) {
    return {
      method: endpoint.method,
      path: `${path}${queryString(
        (last ?? {}) as object,
        endpoint.ignoredQuery ?? [],
      )}`,
    };
  }
  if (endpoint.body) {
    return {
      method: endpoint.method,
      path,
      body: endpoint.bodyField ? { [endpoint.bodyField]: last } : last,
    };
  }
  return { method: endpoint.method, path };
}

/** `?a=1&b=2` of the defined, non-empty values; '' when there are none. */
function queryString(request: object, ignored: readonly string[]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request)) {
    if (value !== undefined && value !== '' && !ignored.includes(key)) {
      params.set(key, String(value));
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
