import {
  csvResponse,
  Endpoint,
  EndpointBody,
  EndpointParams,
  EndpointPathParamName,
  endpointPathParams,
  EndpointQuery,
  EndpointResponse,
  isCsvEndpoint,
  pathParamNames,
} from '@csip-coach/plugin-csip-common';
import { Request, Response } from 'express';
import { z } from 'zod';
import { Caller } from '../services/types';
import {
  AuditMeta,
  createApiRouter,
  parse,
  RouteHelpers,
} from './routeHelpers';

/** What a route's handler gets, validated. @internal */
export type RouteInput<E extends Endpoint> = {
  /** Who calls; absent on an endpoint anyone may call. */
  who: E['credentials'] extends 'none' ? undefined : Caller;
  /** The path parameters, checked (`:number` is a number). */
  params: EndpointParams<E>;
  /** The query, validated with the endpoint's query schema. */
  query: EndpointQuery<E>;
  /** The body, validated with the endpoint's body schema. */
  body: EndpointBody<E>;
  /**
   * Runs a mutation inside the route's audit event; the event's meta is
   * the path's ids (as the route's `audit.params` names them) and `meta`.
   */
  audited<T>(meta: AuditMeta, mutation: () => Promise<T>): Promise<T>;
};

/** How a route validates and audits what the endpoint does not say. @internal */
export type RouteOptions<E extends Endpoint> = (E['body'] extends z.ZodType
  ? {
      /** What the body is, in the message of a 400: `Invalid <bodyName>: …`. */
      bodyName: string;
    }
  : { bodyName?: never }) & {
  /**
   * The audit event of a mutation: its id, and the path parameters it
   * records, under which meta key (`{ id: 'programmeId' }`). A body that
   * does not validate fails the event, with those ids as its meta.
   */
  audit?: {
    eventId: string;
    params?: Partial<Record<EndpointPathParamName, string>>;
  };
};

/** The handler of a route: the body of a success (or the CSV text). @internal */
export type RouteHandler<E extends Endpoint> = (
  req: Request,
  res: Response,
  input: RouteInput<E>,
) => Promise<EndpointResponse<E>>;

/** Registers one endpoint's route. @internal */
export type Route = {
  <E extends Endpoint & { body?: undefined }>(
    endpoint: E,
    handler: RouteHandler<E>,
  ): void;
  <E extends Endpoint>(
    endpoint: E,
    options: RouteOptions<E>,
    handler: RouteHandler<E>,
  ): void;
};

/**
 * A router with strict path parameters ({@link createApiRouter}) and a
 * `route` that registers an endpoint of `csipEndpoints` on it: the method
 * and path come from the endpoint; the caller is authenticated first (a
 * Backstage service too where the endpoint allows it), then the query and
 * the body are validated with the endpoint's schemas (400 naming every
 * offending field; a failed audit event for a bad body), and the handler's
 * result is sent with the endpoint's success status.
 *
 * @internal
 */
export function createEndpointRouter(helpers: RouteHelpers) {
  const { caller, validBody, audited } = helpers;
  const router = createApiRouter();

  const route: Route = <E extends Endpoint>(
    endpoint: E,
    ...rest: [RouteHandler<E>] | [RouteOptions<E>, RouteHandler<E>]
  ) => {
    const [options, handler] =
      rest.length === 1 ? [{} as RouteOptions<E>, rest[0]] : rest;
    const method = endpoint.method.toLocaleLowerCase('en-US') as Lowercase<
      Endpoint['method']
    >;

    router[method](endpoint.path, async (req, res) => {
      const who =
        endpoint.credentials === 'none'
          ? undefined
          : await caller(req, {
              allowServices: endpoint.credentials === 'user-or-service',
            });
      const params = pathParams(endpoint, req);
      const idMeta: AuditMeta = Object.fromEntries(
        Object.entries(options.audit?.params ?? {}).map(([param, key]) => [
          key,
          params[param],
        ]),
      );
      const query = endpoint.query
        ? withoutIgnored(
            endpoint,
            parse(endpoint.query, req.query, 'query') as object,
          )
        : undefined;
      let body: unknown;
      if (endpoint.body) {
        const bodyName = options.bodyName ?? 'body';
        body = options.audit
          ? await validBody(
              req,
              options.audit.eventId,
              idMeta,
              endpoint.body,
              bodyName,
            )
          : parse(endpoint.body, req.body, bodyName);
      }
      const result = await handler(req, res, {
        who,
        params,
        query,
        body,
        audited: (meta, mutation) => {
          if (!options.audit) {
            throw new Error(`${endpoint.path} declares no audit event`);
          }
          return audited(
            req,
            options.audit.eventId,
            { ...idMeta, ...meta },
            mutation,
          );
        },
      } as RouteInput<E>);
      if (isCsvEndpoint(endpoint)) {
        res.setHeader('Content-Type', csvResponse.contentType);
        res.status(endpoint.status).send(result);
      } else {
        res.status(endpoint.status).json(result);
      }
    });
  };

  /** The `:id` path parameter, where the endpoint has one. */
  const idOf = (params: object) =>
    (params as Partial<Record<'id', string>>).id as string;

  /**
   * Registers a read of what `:id` names: the caller and the id go to
   * `get`, whose result is the body of the success.
   */
  const read = <E extends Endpoint & { body?: undefined }>(
    endpoint: E,
    get: (id: string, who: Caller) => Promise<EndpointResponse<E>>,
  ) =>
    route<E>(endpoint, async (_req, _res, { params, who }) =>
      get(idOf(params), who as Caller),
    );

  /** Registers a list under `:id`: `{ items }` with what `items` returns. */
  const list = <E extends Endpoint & { body?: undefined }>(
    endpoint: E,
    items: (id: string, who: Caller) => Promise<ListItems<E>>,
  ) =>
    route<E>(
      endpoint,
      async (_req, _res, { params, who }) =>
        ({
          items: await items(idOf(params), who as Caller),
        } as EndpointResponse<E>),
    );

  /**
   * Registers an audited mutation: the body is validated (a failed event
   * where it is not valid), then `mutate` runs inside the audit event with
   * the meta `options.meta` picks from the body.
   */
  const write = <E extends Endpoint>(
    endpoint: E,
    options: RouteOptions<E> & {
      audit: NonNullable<RouteOptions<E>['audit']>;
      /** What the audit event records of the body. */
      meta?: (body: EndpointBody<E>) => AuditMeta;
    },
    mutate: (
      id: string,
      body: EndpointBody<E>,
      who: Caller,
      params: EndpointParams<E>,
    ) => Promise<EndpointResponse<E>>,
  ) =>
    route<E>(endpoint, options, async (_req, _res, input) =>
      input.audited(options.meta?.(input.body) ?? {}, async () =>
        mutate(
          idOf(input.params),
          input.body,
          input.who as Caller,
          input.params,
        ),
      ),
    );

  return { router, route, read, list, write };
}

/** The items of a list endpoint's `{ items }` response. */
type ListItems<E extends Endpoint> = EndpointResponse<E> extends {
  items: infer T;
}
  ? T
  : never;

/** The endpoint's path parameters, parsed (the router has checked them). */
function pathParams(
  endpoint: Endpoint,
  req: Request,
): Record<string, string | number> {
  return Object.fromEntries(
    pathParamNames(endpoint.path).map(name => [
      name,
      parse(
        endpointPathParams[name as EndpointPathParamName],
        req.params[name],
        `path: ${name}`,
      ),
    ]),
  );
}

/** The query without the fields the endpoint checks but ignores. */
function withoutIgnored(endpoint: Endpoint, query: object): object {
  const ignored = endpoint.ignoredQuery ?? [];
  return Object.fromEntries(
    Object.entries(query).filter(([key]) => !ignored.includes(key)),
  );
}
