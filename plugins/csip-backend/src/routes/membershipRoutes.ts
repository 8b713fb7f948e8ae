import { ProgrammeService } from '../services/ProgrammeService';
import { createApiRouter, RouteHelpers } from './routeHelpers';

/**
 * The history of a programme's members: every change, who made it, when,
 * and the list before and after (oldest first). Readable by whoever may
 * read the programme.
 *
 * @internal
 */
export function membershipRoutes(
  helpers: RouteHelpers,
  programmes: ProgrammeService,
) {
  const { caller } = helpers;
  const router = createApiRouter();

  router.get('/programmes/:id/members/history', async (req, res) => {
    const items = await programmes.listMembershipChanges(
      req.params.id,
      await caller(req),
    );
    res.json({ items });
  });

  return router;
}
