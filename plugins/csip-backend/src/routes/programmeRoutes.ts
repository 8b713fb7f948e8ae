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
  const { router, route } = createEndpointRouter(helpers);

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
      return portfolioCsv(items, options.getModel());
    },
  );

  route(
    csipEndpoints.createProgramme,
    { bodyName: 'programme', audit: { eventId: 'programme-create' } },
    async (_req, _res, { body, who, audited }) =>
      audited({}, async () => programmes.createProgramme(body, who)),
  );

  route(csipEndpoints.getProgramme, async (_req, _res, { params, who }) =>
    programmes.getProgramme(params.id, who),
  );

  route(
    csipEndpoints.updateProgramme,
    {
      bodyName: 'programme update',
      audit: { eventId: 'programme-update', params: { id: 'programmeId' } },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ fields: fieldNames(body) }, async () =>
        programmes.updateProgramme(params.id, body, who),
      ),
  );

  route(
    csipEndpoints.listMembershipChanges,
    async (_req, _res, { params, who }) => ({
      items: await programmes.listMembershipChanges(params.id, who),
    }),
  );

  route(csipEndpoints.getPhaseStatus, async (_req, _res, { params, who }) =>
    programmes.getPhaseStatus(params.id, who),
  );

  route(
    csipEndpoints.movePhase,
    {
      bodyName: 'phase change',
      audit: {
        eventId: 'programme-phase-change',
        params: { id: 'programmeId' },
      },
    },
    async (_req, _res, { params, body, who, audited }) =>
      audited({ to: body.to }, async () =>
        programmes.movePhase(params.id, body, who),
      ),
  );

  return router;
}
