import {
  AuditorService,
  HttpAuthService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  Health,
  formatIssues,
  programmeCreateSchema,
  programmeListQuerySchema,
} from '@csip-coach/plugin-csip-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ProgrammeService } from './services/ProgrammeService';

/** @internal */
export type RouterOptions = {
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  auditor: AuditorService;
  programmes: ProgrammeService;
  health: () => Promise<Health>;
};

function parse<T extends z.ZodType>(
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
 * The HTTP API of the csip plugin, mounted at `/api/csip`.
 *
 * @internal
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, userInfo, auditor, programmes } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  /** The signed-in user's entity ref, from Backstage credentials only. */
  async function callerRef(req: Request): Promise<string> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const info = await userInfo.getUserInfo(credentials);
    return info.userEntityRef;
  }

  router.get('/health', async (_req, res) => {
    res.json(await options.health());
  });

  router.get('/programmes', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user'] });
    const query = parse(programmeListQuerySchema, req.query, 'query');
    res.json(await programmes.listProgrammes(query));
  });

  router.post('/programmes', async (req, res) => {
    const userRef = await callerRef(req);
    const auditorEvent = await auditor.createEvent({
      eventId: 'programme-create',
      severityLevel: 'medium',
      request: req,
    });
    try {
      const input = parse(programmeCreateSchema, req.body, 'programme');
      const programme = await programmes.createProgramme(input, { userRef });
      await auditorEvent.success({ meta: { programmeId: programme.id } });
      res.status(201).json(programme);
    } catch (error) {
      await auditorEvent.fail({ error: error as Error });
      throw error;
    }
  });

  router.get('/programmes/:id', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user'] });
    res.json(await programmes.getProgramme(req.params.id));
  });

  return router;
}
