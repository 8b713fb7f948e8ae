import { z } from 'zod';
import { defineEndpoint } from '../api/defineEndpoint';
import { programmeSchema } from '../programme/programmeSchema';
import { programmeCloseSchema } from './closureSchema';
import {
  kpiReadingCreateSchema,
  kpiReadingSchema,
  kpiSchema,
} from './kpiSchema';

/**
 * The endpoints of outcome KPIs and of closing a programme; spread into
 * `csipEndpoints`.
 *
 * @public
 */
export const outcomesEndpoints = {
  listKpis: defineEndpoint({
    method: 'GET',
    path: '/programmes/:id/kpis',
    response: z.object({ items: z.array(kpiSchema) }),
    status: 200,
    summary:
      "The current scope version's outcome KPIs, with readings and progress.",
    description:
      'Each KPI with its readings (oldest first) and `progress`: the fraction of the way from baseline to target by the latest reading, 0–1, absent without readings.',
  }),
  recordKpiReading: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/kpis/:kpiId/readings',
    body: kpiReadingCreateSchema,
    response: kpiReadingSchema,
    status: 201,
    summary:
      'Records a reading of a KPI as the signed-in sponsor, lead or coach.',
    description:
      'A KPI the current scope version does not have is a 404. Readings may still be recorded after the programme is closed: outcomes often show later.',
  }),
  closeProgramme: defineEndpoint({
    method: 'POST',
    path: '/programmes/:id/close',
    body: programmeCloseSchema,
    response: programmeSchema,
    status: 200,
    summary:
      'Closes the programme with a verdict, its outcome and lessons (sponsors and leads).',
    description:
      'Once: a programme that is already closed is a 409. The programme then carries `closure`.',
  }),
};
