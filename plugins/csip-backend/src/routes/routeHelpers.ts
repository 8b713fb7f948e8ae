import {
  AuditorService,
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { formatIssues } from '@csip-coach/plugin-csip-common';
import { Request } from 'express';
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

/** What every group of routes needs: who calls, and audited mutations. @internal */
export type RouteHelpers = {
  /** The signed-in user, from Backstage credentials only (never the body). */
  caller(req: Request): Promise<Caller>;
  /** Runs a mutation inside an auditor event that records its outcome. */
  audited<T>(
    req: Request,
    eventId: string,
    meta: Record<string, string | undefined>,
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
    async caller(req) {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const info = await userInfo.getUserInfo(credentials);
      return { credentials, userRef: info.userEntityRef };
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
  meta: Record<string, string | undefined>,
  result: unknown,
): string | undefined {
  if (meta.programmeId) return meta.programmeId;
  const r = result as {
    programmeId?: unknown;
    id?: unknown;
    ownerRef?: unknown;
  };
  if (typeof r?.programmeId === 'string') return r.programmeId;
  if (typeof r?.id === 'string' && typeof r?.ownerRef === 'string') return r.id;
  return undefined;
}
