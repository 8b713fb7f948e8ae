import {
  csipEndpoints,
  Health,
  MaturityModel,
} from '@csip-coach/plugin-csip-common';
import { ProgrammeService } from '../services/ProgrammeService';
import { portfolioCsv } from '../services/ProgrammeService/portfolioCsv';
import { createEndpointRouter } from './createEndpointRouter';
import { fieldNames, RouteHelpers } from './routeHelpers';

/**
 * Health, the portfolio (as a page and as CSV), a programme, its phase and
 * the history of its members.
 *
 * @internal
 */
export function programmeRoutes(
  helpers: RouteHelpers,
  options: {
    programmes: ProgrammeService;
    /** The maturity model, for the process names of the CSV. */
    getModel: () => MaturityModel;
    health: () => Promise<Health>;
  },
) {
  const { programmes } = options;
  const { router, route, read, list, write } = createEndpointRouter(helpers);

  route(csipEndpoints.getHealth, async () => options.health());

  route(csipEndpoints.listProgrammes, async (_req, _res, { query, who }) =>
    programmes.listProgrammes(query, who),
  );

  route(
    csipEndpoints.downloadPortfolioCsv,
    async (_req, res, { query, who }) => {
      const items = await programmes.listAllProgrammes(query, who);
      res.setHeader(
        'Content-Disposition',
        'attachment; filename="csip-portfolio.csv"',
      );
      return portfolioCsv(
        items,
        options.getModel(),
        await programmes.ownerNames(items),
      );
    },
  );

  write(
    csipEndpoints.createProgramme,
    { bodyName: 'programme', audit: { eventId: 'programme-create' } },
    (_id, body, who) => programmes.createProgramme(body, who),
  );

  read(csipEndpoints.getProgramme, (id, who) =>
    programmes.getProgramme(id, who),
  );

  write(
    csipEndpoints.updateProgramme,
    {
      bodyName: 'programme update',
      audit: { eventId: 'programme-update', params: { id: 'programmeId' } },
      meta: body => ({ fields: fieldNames(body) }),
    },
    (id, body, who) => programmes.updateProgramme(id, body, who),
  );

  list(csipEndpoints.listMembershipChanges, (id, who) =>
    programmes.listMembershipChanges(id, who),
  );

  read(csipEndpoints.getPhaseStatus, (id, who) =>
    programmes.getPhaseStatus(id, who),
  );

  write(
    csipEndpoints.movePhase,
    {
      bodyName: 'phase change',
      audit: {
        eventId: 'programme-phase-change',
        params: { id: 'programmeId' },
      },
      meta: body => ({ to: body.to }),
    },
    (id, body, who) => programmes.movePhase(id, body, who),
  );

  return router;
}
