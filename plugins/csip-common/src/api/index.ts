export {
  csvResponse,
  defineEndpoint,
  endpointPathParams,
  isCsvEndpoint,
} from './defineEndpoint';
export type {
  CsvResponse,
  Endpoint,
  EndpointArgs,
  EndpointBody,
  EndpointClient,
  EndpointCredentials,
  EndpointMethod,
  EndpointParams,
  EndpointPathParamName,
  EndpointQuery,
  EndpointResponse,
  EndpointResult,
  PathParamNames,
  PathParamValue,
} from './defineEndpoint';
export { endpointRequest, pathParamNames } from './endpointRequest';
export type { EndpointRequest } from './endpointRequest';
export { csipEndpoints } from './endpoints';
export type { CsipEndpointName } from './endpoints';
export { openApiDocument, openApiPath } from './openApiDocument';
export type {
  JsonSchema,
  OpenApiDocument,
  OpenApiOperation,
} from './openApiDocument';
