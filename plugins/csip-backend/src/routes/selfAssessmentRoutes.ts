import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { SelfAssessmentService } from '../services/SelfAssessmentService';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/**
 * Team self-assessment: the summary of a process's current round, and a
 * member's own answer. The audit event of an answer records the programme
 * and the process only: never the ratings, nor whether it was anonymous.
 *
 * @internal
 */
export function selfAssessmentRoutes(
  helpers: RouteHelpers,
  selfAssessments: SelfAssessmentService,
) {
  const { router, route, write } = createEndpointRouter(helpers);

  route(csipEndpoints.getSelfAssessments, async (_req, _res, input) =>
    selfAssessments.getSummary(input.params.id, input.query.process, input.who),
  );

  write(
    csipEndpoints.recordSelfAssessment,
    {
      bodyName: 'self-assessment',
      audit: {
        eventId: 'self-assessment-record',
        params: { id: 'programmeId' },
      },
      meta: body => ({ process: body.process }),
    },
    (id, body, who) => selfAssessments.record(id, body, who),
  );

  return router;
}
