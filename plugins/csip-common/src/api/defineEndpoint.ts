import { z } from 'zod';
import {
  pathIdSchema,
  pathIndexSchema,
  pathNumberSchema,
} from '../validation/bounds';
import { kpiIdSchema } from '../outcomes/kpiSchema';

/** The HTTP methods of the API. @public */
export type EndpointMethod = 'GET' | 'POST' | 'PUT' | 'PATCH';

/**
 * The schema of every path parameter an endpoint may use, by name: ids
 * (`:id`) are 1–36 letters, digits, `-` or `_`; numbers (`:number`) are
 * plain decimal digits within a PostgreSQL integer; positions (`:index`)
 * are 0–999.
 *
 * @public
 */
export const endpointPathParams = {
  id: pathIdSchema,
  number: pathNumberSchema,
  index: pathIndexSchema,
  /** A KPI's id within its programme, such as `failed-changes`. */
  kpiId: kpiIdSchema,
};

/** The name of a path parameter. @public */
export type EndpointPathParamName = keyof typeof endpointPathParams;

/**
 * Marks a response that is CSV text (a file download) rather than JSON.
 *
 * @public
 */
export const csvResponse = {
  kind: 'csv',
  contentType: 'text/csv; charset=utf-8',
} as const;

/** @public */
export type CsvResponse = typeof csvResponse;

/** Whether an endpoint answers with CSV text rather than JSON. @public */
export function isCsvEndpoint(endpoint: Endpoint): boolean {
  return endpoint.response === csvResponse;
}

/**
 * Who may call an endpoint: a signed-in user (the default), also a
 * Backstage service (with the same read policy), or anyone.
 *
 * @public
 */
export type EndpointCredentials = 'user' | 'user-or-service' | 'none';

/**
 * One HTTP endpoint of the API: what the backend registers, what the
 * client calls and what the OpenAPI document describes.
 *
 * @public
 */
export type Endpoint = {
  method: EndpointMethod;
  /** Express style, with `:id` and `:number` parameters. */
  path: string;
  /** The query string, validated on the server. */
  query?: z.ZodType;
  /** The JSON body, validated on the server. */
  body?: z.ZodType;
  /** The JSON body of a success, or {@link csvResponse}. */
  response: z.ZodType | CsvResponse;
  /** The status of a success. */
  status: 200 | 201;
  /** One line: what the endpoint does. */
  summary: string;
  /** More, when one line is not enough. */
  description?: string;
  /** Who may call it; a signed-in user by default. */
  credentials?: EndpointCredentials;
  /**
   * The client passes only this field of the body as its argument
   * (`getRecommendation(answers)` posts `{ answers }`).
   */
  bodyField?: string;
  /**
   * The client may leave out the body fields that have defaults: its
   * argument is the body schema's input type. Otherwise the client sends
   * every field, as the schema's output type.
   */
  defaultsOptional?: boolean;
  /**
   * The client sends a document it has not checked itself (such as a
   * file's JSON), typed `unknown`; only the server validates it.
   */
  uncheckedBody?: boolean;
  /**
   * The server looks the entity refs of the body (a programme's owner and
   * members) up in the catalog: an unknown one is a 400 naming its field,
   * a catalog that cannot answer a 503.
   */
  checksCatalogRefs?: boolean;
  /**
   * Query fields the endpoint validates but ignores (the CSV holds every
   * row, so it takes no page): a client leaves them out, the server drops
   * them once checked.
   */
  ignoredQuery?: readonly string[];
};

/**
 * Declares an endpoint, keeping its literal method and path in the type.
 *
 * @public
 */
export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
  return endpoint;
}

/**
 * The names of the path parameters of an Express style path, in order:
 * `'/programmes/:id/scope/versions/:number'` gives `['id', 'number']`.
 *
 * @public
 */
export type PathParamNames<P extends string> =
  P extends `${string}:${infer Name}/${infer Rest}`
    ? [Name, ...PathParamNames<`/${Rest}`>]
    : P extends `${string}:${infer Name}`
    ? [Name]
    : [];

/** The value of a path parameter, as the client passes it. @public */
export type PathParamValue<Name extends string> =
  Name extends EndpointPathParamName
    ? z.output<(typeof endpointPathParams)[Name]>
    : string;

/**
 * The path parameters of an endpoint, by name, as the server sees them
 * once checked (`:number` is a number).
 *
 * @public
 */
export type EndpointParams<E extends Endpoint> = {
  [Name in PathParamNames<E['path']>[number]]: PathParamValue<Name>;
};

/**
 * The validated query of an endpoint, without the fields it ignores
 * (nothing without a query).
 *
 * @public
 */
export type EndpointQuery<E extends Endpoint> = E['query'] extends z.ZodType
  ? E extends { ignoredQuery: ReadonlyArray<infer Ignored extends string> }
    ? Omit<z.output<E['query']>, Ignored>
    : z.output<E['query']>
  : undefined;

/** The validated body of an endpoint (nothing without a body). @public */
export type EndpointBody<E extends Endpoint> = E['body'] extends z.ZodType
  ? z.output<E['body']>
  : undefined;

/** The body of a success: a value, or the CSV text. @public */
export type EndpointResponse<E extends Endpoint> =
  E['response'] extends z.ZodType ? z.output<E['response']> : string;

/**
 * The path-parameter arguments of an endpoint's client method, in order.
 *
 * @public
 */
export type PathArgs<Names extends string[]> = {
  [I in keyof Names]: PathParamValue<Names[I]>;
};

/**
 * The query argument of an endpoint's client method (optional), if any.
 *
 * @public
 */
export type QueryArgs<E extends Endpoint> = E['query'] extends z.ZodType
  ? [request?: Partial<z.output<E['query']>>]
  : [];

/**
 * What the client passes for a body: with or without its defaults.
 *
 * @public
 */
export type ClientBody<E extends Endpoint, B extends z.ZodType> = E extends {
  defaultsOptional: true;
}
  ? z.input<B>
  : z.output<B>;

/**
 * The body argument of an endpoint's client method, if any.
 *
 * @public
 */
export type BodyArgs<E extends Endpoint> = E['body'] extends z.ZodType
  ? E extends { uncheckedBody: true }
    ? [body: unknown]
    : E extends {
        bodyField: infer F extends keyof ClientBody<E, E['body']>;
      }
    ? [body: ClientBody<E, E['body']>[F]]
    : [body: ClientBody<E, E['body']>]
  : [];

/**
 * The arguments of an endpoint's client method: its path parameters in
 * order, then the query (optional) or the body.
 *
 * @public
 */
export type EndpointArgs<E extends Endpoint> = [
  ...PathArgs<PathParamNames<E['path']>>,
  ...QueryArgs<E>,
  ...BodyArgs<E>,
];

/**
 * What an endpoint's client method resolves to: the response body, or a
 * `Blob` of the CSV.
 *
 * @public
 */
export type EndpointResult<E extends Endpoint> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : Blob;

/**
 * A client of a set of endpoints: one method per endpoint, named as its key.
 *
 * @public
 */
export type EndpointClient<Endpoints extends Record<string, Endpoint>> = {
  [Name in keyof Endpoints]: (
    ...args: EndpointArgs<Endpoints[Name]>
  ) => Promise<EndpointResult<Endpoints[Name]>>;
};
