import { programmeArchiveSchema } from '@csip-coach/plugin-csip-common';
import { ArchiveService } from '../services/ArchiveService';
import { createApiRouter, RouteHelpers } from './routeHelpers';

/** Export of a programme and import of an export. @internal */
export function archiveRoutes(helpers: RouteHelpers, archives: ArchiveService) {
  const { caller, audited, validBody } = helpers;
  const router = createApiRouter();

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
    const input = await validBody(
      req,
      'programme-import',
      {},
      programmeArchiveSchema,
      'programme export',
    );
    const programme = await audited(req, 'programme-import', {}, async () =>
      archives.importProgramme(input, who),
    );
    res.status(201).json(programme);
  });

  return router;
}
