import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import { OutcomeService } from '../services/OutcomeService';
import { createEndpointRouter } from './createEndpointRouter';
import { RouteHelpers } from './routeHelpers';

/** Outcome KPIs with their readings, and closing a programme. @internal */
export function outcomeRoutes(helpers: RouteHelpers, outcomes: OutcomeService) {
  const { router, list, write } = createEndpointRouter(helpers);

  list(csipEndpoints.listKpis, (id, who) => outcomes.listKpis(id, who));

  write(
    csipEndpoints.recordKpiReading,
    {
      bodyName: 'KPI reading',
      audit: {
        eventId: 'kpi-reading-record',
        params: { id: 'programmeId', kpiId: 'kpiId' },
      },
    },
    (id, body, who, params) =>
      outcomes.recordReading(id, params.kpiId, body, who),
  );

  write(
    csipEndpoints.closeProgramme,
    {
      bodyName: 'closure',
      audit: { eventId: 'programme-close', params: { id: 'programmeId' } },
      meta: body => ({ verdict: body.verdict }),
    },
    (id, body, who) => outcomes.close(id, body, who),
  );

  return router;
}
