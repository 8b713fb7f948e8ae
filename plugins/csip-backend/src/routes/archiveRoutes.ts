import { programmeArchiveSchema } from '@csip-coach/plugin-csip-common';
import Router from 'express-promise-router';
import { ArchiveService } from '../services/ArchiveService';
import { parse, RouteHelpers } from './routeHelpers';

/** Export of a programme and import of an export. @internal */
export function archiveRoutes(helpers: RouteHelpers, archives: ArchiveService) {
  const { caller, audited } = helpers;
  const router = Router();

  router.get('/programmes/:id/export', async (req, res) => {
    const archive = await archives.exportProgramme(
      req.params.id,
      await caller(req),
    );
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="csip-programme-${req.params.id}.json"`,
    );
    res.json(archive);
  });

  router.post('/import', async (req, res) => {
    const who = await caller(req);
    const programme = await audited(req, 'programme-import', {}, async () =>
      archives.importProgramme(
        parse(programmeArchiveSchema, req.body, 'programme export'),
        who,
      ),
    );
    res.status(201).json(programme);
  });

  return router;
}
