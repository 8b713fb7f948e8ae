import { CustomErrorBase } from '@backstage/errors';
import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import express, { NextFunction, Request, Response } from 'express';
import { ArchiveService } from '../services/ArchiveService';
import {
  DEFAULT_IMPORT_MAX_BODY_SIZE,
  formatByteSize,
} from '../services/ArchiveService/readImportMaxBodySize';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/** Export of a programme and import of an export. @internal */
export function archiveRoutes(helpers: RouteHelpers, archives: ArchiveService) {
  const { router, route, write } = createEndpointRouter(helpers);

  route(csipEndpoints.exportProgramme, async (_req, res, { params, who }) => {
    const archive = await archives.exportProgramme(params.id, who);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="csip-programme-${params.id}.json"`,
    );
    return archive;
  });

  write(
    csipEndpoints.importProgramme,
    { bodyName: 'programme export', audit: { eventId: 'programme-import' } },
    (_id, body, who) => archives.importProgramme(body, who),
  );

  return router;
}

/**
 * A request body over the size its route takes. No `@backstage/errors`
 * class means 413; the Backstage error handler takes the status from the
 * `statusCode` getter, which stays out of the serialized body.
 *
 * @internal
 */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;

  get statusCode(): number {
    return 413;
  }
}

/** What Express's body parser fails with on a body over its limit. */
function isTooLarge(error: unknown): error is { length?: number } {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { type?: unknown }).type === 'entity.too.large'
  );
}

/**
 * The JSON parser of `POST /import` alone, with its own limit (bytes;
 * `csip.import.maxBodySize`): a programme export carries its whole history
 * and is far larger than the 1 MB every other route takes. Mounted before
 * the general parser, which then leaves the parsed body alone. A body over
 * the limit is a 413 saying how large it is, what the limit is and which
 * setting raises it.
 *
 * @internal
 */
export function importBodyParser(limit: number = DEFAULT_IMPORT_MAX_BODY_SIZE) {
  const parse = express.json({ limit });
  const importPath =
    csipEndpoints.importProgramme.path.toLocaleLowerCase('en-US');
  return (req: Request, res: Response, next: NextFunction) => {
    // As Express routes: case-insensitively, with or without a final slash.
    const path = req.path.toLocaleLowerCase('en-US').replace(/\/$/, '');
    if (
      req.method !== csipEndpoints.importProgramme.method ||
      path !== importPath
    ) {
      next();
      return;
    }
    parse(req, res, (error?: unknown) => {
      if (!isTooLarge(error)) {
        next(error);
        return;
      }
      const size =
        typeof error.length === 'number'
          ? ` (this one is ${formatByteSize(error.length)})`
          : '';
      next(
        new PayloadTooLargeError(
          `The programme export is larger than this portal imports: at most ${formatByteSize(
            limit,
          )}${size}. An administrator can raise csip.import.maxBodySize.`,
        ),
      );
    });
  };
}
