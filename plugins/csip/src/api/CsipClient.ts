import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  csipEndpoints,
  CsipEndpointName,
  Endpoint,
  endpointRequest,
  isCsvEndpoint,
} from '@csip-coach/plugin-csip-common';
import { CsipApi } from './CsipApi';

/**
 * {@link CsipApi} over HTTP, through the portal's discovery and fetch APIs
 * (so the signed-in user's token goes with every call). Every method calls
 * its endpoint of `csipEndpoints`: the path with its parameters
 * URI-encoded, the query string, a JSON body; a non-2xx answer becomes a
 * `ResponseError`; the CSV comes as a `Blob`.
 *
 * @public
 */
export interface CsipClient extends CsipApi {}

/**
 * The methods are made from `csipEndpoints` in the constructor; the
 * interface of the same name gives them their types.
 *
 * @public
 */
export class CsipClient {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
    const methods = this as unknown as Record<CsipEndpointName, unknown>;
    for (const name of Object.keys(csipEndpoints) as CsipEndpointName[]) {
      methods[name] = (...args: unknown[]) =>
        this.call(csipEndpoints[name], args);
    }
  }

  /** Calls an endpoint with a client method's positional arguments. */
  private async call(endpoint: Endpoint, args: unknown[]): Promise<unknown> {
    const { method, path, body } = endpointRequest(endpoint, args);
    const baseUrl = await this.discoveryApi.getBaseUrl('csip');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      headers:
        body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return isCsvEndpoint(endpoint) ? response.blob() : response.json();
  }
}
