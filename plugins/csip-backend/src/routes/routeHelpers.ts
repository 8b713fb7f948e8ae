import {
  AuditorService,
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { CustomErrorBase, InputError } from '@backstage/errors';
import {
  endpointPathParams,
  formatIssues,
} from '@csip-coach/plugin-csip-common';
import { NextFunction, Request, Response } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { Caller } from '../services/types';

/**
 * Validates a request part with a common schema; a 400 naming every
 * offending field otherwise.
 *
 * @internal
 */
export function parse<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(formatIssues(`Invalid ${what}`, result.error));
  }
  return result.data;
}

/**
 * A request whose body is not JSON on a route that only takes JSON. No
 * `@backstage/errors` class means 415, but the Backstage error handler takes
 * the status from an error's `statusCode`; as a getter it stays out of the
 * serialized body, which is the standard
 * `{ error: { name, message }, response: { statusCode: 415 } }`.
 *
 * @internal
 */
export class UnsupportedMediaTypeError extends CustomErrorBase {
  name = 'UnsupportedMediaTypeError' as const;

  get statusCode(): number {
    return 415;
  }
}

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Mutating routes take `application/json` only: a POST, PUT, PATCH or DELETE
 * that declares another content type, or carries a body without declaring
 * one, gets 415 before anything reads it (otherwise the JSON parser skips
 * it and the route sees an empty body). A request without a body and
 * without a content type passes, so bodiless calls keep working.
 *
 * @internal
 */
export function requireJsonBody(
  req: Request,
  _res: Response,
  next: NextFunction,
): void {
  if (!MUTATING_METHODS.has(req.method)) {
    next();
    return;
  }
  const contentType = req.headers['content-type'];
  const length = req.headers['content-length'];
  const hasBody =
    req.headers['transfer-encoding'] !== undefined ||
    (length !== undefined && length !== '0');
  if (contentType === undefined) {
    next(
      hasBody
        ? new UnsupportedMediaTypeError(
            'Send the request body as JSON with Content-Type: application/json',
          )
        : undefined,
    );
    return;
  }
  const mediaType = contentType.split(';')[0].trim().toLocaleLowerCase('en-US');
  if (mediaType !== 'application/json') {
    next(
      new UnsupportedMediaTypeError(
        `Content type '${mediaType.slice(
          0,
          100,
        )}' is not supported; send the request body as JSON with Content-Type: application/json`,
      ),
    );
    return;
  }
  next();
}

/**
 * A router whose path parameters are checked before any route sees them,
 * each with its schema in `endpointPathParams` of the common package: ids
 * (`:id`) must look like ids (1–36 letters, digits, `-`, `_`; no NUL or
 * control characters), numbers (`:number`) must be plain decimal digits
 * within a PostgreSQL integer. Anything else is a 400 naming the
 * parameter, the same on SQLite and PostgreSQL, and is never looked up; a
 * well-formed id that does not exist stays a 404.
 *
 * @internal
 */
export function createApiRouter() {
  const router = Router();
  for (const [name, schema] of Object.entries(endpointPathParams)) {
    router.param(
      name,
      (_req: Request, _res: Response, next: NextFunction, value: string) => {
        const result = schema.safeParse(value);
        next(
          result.success
            ? undefined
            : new InputError(
                `Invalid path: ${result.error.issues
                  .map(issue => `${name}: ${issue.message}`)
                  .join('; ')}`,
              ),
        );
      },
    );
  }
  return router;
}

/**
 * The names of the fields a validated update sets, for an audit event
 * (`members,title`): which fields changed, never their values.
 *
 * @internal
 */
export function fieldNames(input: object): string {
  return Object.entries(input)
    .filter(([name, value]) => value !== undefined && name !== 'version')
    .map(([name]) => name)
    .sort()
    .join(',');
}

/**
 * What an audit event may carry: validated values only (ids, field names,
 * enum values), never raw request bodies.
 *
 * @internal
 */
export type AuditMeta = Record<string, string | number | boolean | undefined>;

/** What every group of routes needs: who calls, and audited mutations. @internal */
export type RouteHelpers = {
  /**
   * The signed-in user, from Backstage credentials only (never the body).
   * With `allowServices`, a Backstage service may call too; the caller then
   * has credentials only (no user ref, no ownership).
   */
  caller(req: Request, options?: { allowServices?: boolean }): Promise<Caller>;
  /**
   * The request body validated with a common schema, before any mutation
   * and before anything from it goes into an audit event. Bad input is a
   * 400 naming the fields, and a failed audit event `eventId` that carries
   * only `meta` (validated values such as the path's ids).
   */
  validBody<S extends z.ZodType>(
    req: Request,
    eventId: string,
    meta: AuditMeta,
    schema: S,
    what: string,
  ): Promise<z.infer<S>>;
  /**
   * Runs a mutation inside an auditor event that records its outcome;
   * `meta` holds validated values only.
   */
  audited<T>(
    req: Request,
    eventId: string,
    meta: AuditMeta,
    mutation: () => Promise<T>,
  ): Promise<T>;
};

/** @internal */
export function createRouteHelpers(options: {
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  auditor: AuditorService;
  /** Called after every successful mutation with the programme it touched. */
  onChanged?: (programmeId: string) => Promise<void>;
}): RouteHelpers {
  const { httpAuth, userInfo, auditor, onChanged } = options;
  return {
    async caller(req, callerOptions) {
      if (callerOptions?.allowServices) {
        const credentials = await httpAuth.credentials(req, {
          allow: ['user', 'service'],
        });
        return { credentials, userRef: '' };
      }
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const info = await userInfo.getUserInfo(credentials);
      return {
        credentials,
        userRef: info.userEntityRef,
        ownershipRefs: info.ownershipEntityRefs,
      };
    },
    async validBody(req, eventId, meta, schema, what) {
      try {
        return parse(schema, req.body, what);
      } catch (error) {
        const event = await auditor.createEvent({
          eventId,
          severityLevel: 'medium',
          request: req,
          meta,
        });
        await event.fail({ error: error as Error });
        throw error;
      }
    },
    async audited(req, eventId, meta, mutation) {
      const event = await auditor.createEvent({
        eventId,
        severityLevel: 'medium',
        request: req,
        meta,
      });
      try {
        const result = await mutation();
        await event.success();
        const programmeId = changedProgramme(meta, result);
        if (onChanged && programmeId) await onChanged(programmeId);
        return result;
      } catch (error) {
        await event.fail({ error: error as Error });
        throw error;
      }
    },
  };
}

/**
 * The programme a mutation touched: named in the audit meta, or by the
 * result (`programmeId`, or the `id` of a programme, which has `ownerRef`).
 */
function changedProgramme(
  meta: AuditMeta,
  result: unknown,
): string | undefined {
  if (typeof meta.programmeId === 'string') return meta.programmeId;
  const r = result as {
    programmeId?: unknown;
    id?: unknown;
    ownerRef?: unknown;
  };
  if (typeof r?.programmeId === 'string') return r.programmeId;
  if (typeof r?.id === 'string' && typeof r?.ownerRef === 'string') return r.id;
  return undefined;
}
