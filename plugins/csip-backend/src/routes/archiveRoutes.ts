import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { ArchiveService } from '../services/ArchiveService';
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
