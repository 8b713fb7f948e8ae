import { z } from 'zod';
import { actionSchema } from '../actions/actionSchema';
import { decisionSchema } from '../approach/approachSchema';
import { programmeArchiveSchema } from '../archive/programmeArchiveSchema';
import {
  handoverItemSchema,
  skillsMatrixViewSchema,
} from '../handover/handoverSchema';
import { maturityModelSchema } from '../maturity/maturityModelSchema';
import { membershipChangeSchema } from '../programme/membershipChangeSchema';
import {
  programmeSchema,
  programmeSummarySchema,
} from '../programme/programmeSchema';
import { reviewSchema } from '../review/reviewSchema';
import {
  awaitingAgreementSchema,
  scopeVersionSchema,
} from '../scope/scopeSchema';
import { toneFindingSchema } from '../tone/toneSchema';
import { Endpoint, endpointPathParams, isCsvEndpoint } from './defineEndpoint';
import { pathParamNames } from './endpointRequest';
import { csipEndpoints } from './endpoints';

/** A JSON Schema (2020-12) as the OpenAPI document holds it. @public */
export type JsonSchema = { [key: string]: unknown };

/** One operation of an OpenAPI document. @public */
export type OpenApiOperation = {
  operationId: string;
  summary: string;
  description?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{
    name: string;
    in: 'path' | 'query';
    required: boolean;
    schema: JsonSchema;
  }>;
  requestBody?: {
    required: true;
    content: { 'application/json': { schema: JsonSchema } };
  };
  responses: Record<string, unknown>;
};

/** An OpenAPI 3.1 document. @public */
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string }>;
  security: Array<Record<string, string[]>>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, unknown>;
    securitySchemes: Record<string, unknown>;
  };
};

/**
 * Component names of the schemas a reader looks up by name; every other
 * request or response body is named after its endpoint
 * (`CreateProgrammeRequest`, `GetHandoverResponse`).
 */
const NAMED_SCHEMAS: ReadonlyArray<readonly [z.ZodType, string]> = [
  [programmeSchema, 'Programme'],
  [programmeSummarySchema, 'ProgrammeSummary'],
  [membershipChangeSchema, 'MembershipChange'],
  [decisionSchema, 'Decision'],
  [scopeVersionSchema, 'ScopeVersion'],
  [awaitingAgreementSchema, 'AwaitingAgreement'],
  [maturityModelSchema, 'MaturityModel'],
  [reviewSchema, 'Review'],
  [toneFindingSchema, 'ToneFinding'],
  [actionSchema, 'Action'],
  [handoverItemSchema, 'HandoverItem'],
  [skillsMatrixViewSchema, 'SkillsMatrix'],
  [programmeArchiveSchema, 'ProgrammeArchive'],
];

/** The statuses of the standard Backstage error body, and when they come. */
const ERRORS = {
  400: 'The body, query or a path parameter does not match its schema, or names an entity the catalog does not have; the message names every offending field.',
  401: 'No or an invalid token.',
  403: 'A service token where a user is required, or denied by the permission policy.',
  404: 'No such record.',
  409: 'A stale `version`, or a change the record’s state does not allow.',
  413: 'A body over 1 MB.',
  415: 'A body that is not `application/json`.',
  503: 'The catalog could not be reached to check the entity refs of the body; nothing was written.',
} as const;

type ErrorStatus = keyof typeof ERRORS;

/** The standard Backstage error body (`@backstage/errors` `ErrorResponseBody`). */
const errorSchema: JsonSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        message: { type: 'string' },
      },
      required: ['name', 'message'],
    },
    request: {
      type: 'object',
      properties: { method: { type: 'string' }, url: { type: 'string' } },
      required: ['method', 'url'],
    },
    response: {
      type: 'object',
      properties: { statusCode: { type: 'integer' } },
      required: ['statusCode'],
    },
  },
  required: ['error', 'response'],
};

const ref = (kind: 'schemas' | 'responses', name: string) => ({
  $ref: `#/components/${kind}/${name}`,
});

const pascal = (name: string) =>
  name[0].toLocaleUpperCase('en-US') + name.slice(1);

/** `/programmes/:id` as OpenAPI writes it: `/programmes/{id}`. @public */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

/** A schema on its own, without the keys only a root document has. */
function standalone(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { io });
  return rest;
}

/**
 * Every schema of a registry as a component, referring to each other by
 * `#/components/schemas/<name>`.
 */
function components(
  entries: ReadonlyArray<readonly [z.ZodType, string]>,
  io: 'input' | 'output',
): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of entries) {
    if (!registry.has(schema)) registry.add(schema, { id });
  }
  const { schemas } = z.toJSONSchema(registry, {
    io,
    uri: id => ref('schemas', id).$ref,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

/** The errors an endpoint may answer with. */
function errorStatuses(endpoint: Endpoint): ErrorStatus[] {
  const hasParams = pathParamNames(endpoint.path).length > 0;
  const statuses: ErrorStatus[] = [];
  if (hasParams || endpoint.query || endpoint.body) statuses.push(400);
  if (endpoint.credentials !== 'none') statuses.push(401, 403);
  if (hasParams) statuses.push(404);
  if (endpoint.method !== 'GET' && hasParams) statuses.push(409);
  if (endpoint.body) statuses.push(413, 415);
  if (endpoint.checksCatalogRefs) statuses.push(503);
  return statuses;
}

function parameters(endpoint: Endpoint): OpenApiOperation['parameters'] {
  const path = pathParamNames(endpoint.path).map(name => ({
    name,
    in: 'path' as const,
    required: true,
    schema: standalone(
      endpointPathParams[name as keyof typeof endpointPathParams],
      'input',
    ),
  }));
  const query = endpoint.query ? standalone(endpoint.query, 'input') : {};
  const properties = (query.properties ?? {}) as Record<string, JsonSchema>;
  const required = (query.required ?? []) as string[];
  const all = [
    ...path,
    ...Object.entries(properties).map(([name, schema]) => ({
      name,
      in: 'query' as const,
      required: required.includes(name),
      schema,
    })),
  ];
  return all.length > 0 ? all : undefined;
}

function operation(
  name: string,
  endpoint: Endpoint,
  responseNames: Map<unknown, string>,
): OpenApiOperation {
  const success = isCsvEndpoint(endpoint)
    ? { 'text/csv': { schema: { type: 'string' } } }
    : {
        'application/json': {
          schema: ref('schemas', responseNames.get(endpoint.response)!),
        },
      };
  return {
    operationId: name,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    ...(endpoint.credentials === 'none' ? { security: [] } : {}),
    ...(parameters(endpoint) ? { parameters: parameters(endpoint) } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true as const,
            content: {
              'application/json': {
                schema: ref('schemas', `${pascal(name)}Request`),
              },
            },
          },
        }
      : {}),
    responses: {
      [endpoint.status]: {
        description: endpoint.status === 201 ? 'Created' : 'OK',
        content: success,
      },
      ...Object.fromEntries(
        errorStatuses(endpoint).map(status => [
          status,
          ref('responses', `Error${status}`),
        ]),
      ),
    },
  };
}

/**
 * The OpenAPI 3.1 document of the csip backend, built from
 * {@link csipEndpoints}: paths, parameters, request and response bodies
 * (JSON Schema from the zod schemas) and the standard Backstage error body.
 *
 * @public
 */
export function openApiDocument(): OpenApiDocument {
  const endpoints = Object.entries(csipEndpoints) as Array<[string, Endpoint]>;
  const responseNames = new Map<unknown, string>(NAMED_SCHEMAS);
  for (const [name, endpoint] of endpoints) {
    if (!isCsvEndpoint(endpoint) && !responseNames.has(endpoint.response)) {
      responseNames.set(endpoint.response, `${pascal(name)}Response`);
    }
  }
  const requests = endpoints.flatMap(([name, endpoint]) =>
    endpoint.body ? [[endpoint.body, `${pascal(name)}Request`] as const] : [],
  );
  const responses = [...responseNames].filter(
    (entry): entry is [z.ZodType, string] => entry[0] instanceof z.ZodType,
  );

  const paths: OpenApiDocument['paths'] = {};
  for (const [name, endpoint] of endpoints) {
    const path = openApiPath(endpoint.path);
    paths[path] = {
      ...paths[path],
      [endpoint.method.toLocaleLowerCase('en-US')]: operation(
        name,
        endpoint,
        responseNames,
      ),
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'CSIP Coach',
      version: '1',
      description:
        'The HTTP API of the csip backend plugin. Generated from `csipEndpoints` of `@csip-coach/plugin-csip-common`; do not edit by hand.',
    },
    servers: [{ url: '/api/csip' }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      schemas: {
        ...components(responses, 'output'),
        ...components(requests, 'input'),
        Error: errorSchema,
      },
      responses: Object.fromEntries(
        Object.entries(ERRORS).map(([status, description]) => [
          `Error${status}`,
          {
            description,
            content: {
              'application/json': { schema: ref('schemas', 'Error') },
            },
          },
        ]),
      ),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A Backstage user token (or a service token where allowed).',
        },
      },
    },
  };
}
