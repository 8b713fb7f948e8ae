import { z } from 'zod';
import {
  ENTITY_REF_MAX_LENGTH,
  isoTimestampSchema,
} from '../validation/bounds';
import { safeText } from '../validation/safeText';
import { programmeCloseSchema } from './closureSchema';
import { kpiIdSchema, kpiReadingCreateSchema } from './kpiSchema';

const ref = safeText({ min: 1, max: ENTITY_REF_MAX_LENGTH });

/**
 * Outcomes in a programme archive: the readings of its KPIs (the KPIs
 * themselves travel with the scope versions) and its closure. Optional, so
 * that exports made before outcome KPIs import as they are.
 *
 * @public
 */
export const archivedOutcomesSchema = z.object({
  readings: z
    .array(
      kpiReadingCreateSchema.extend({
        kpiId: kpiIdSchema,
        recordedBy: ref,
        recordedAt: isoTimestampSchema,
      }),
    )
    .max(10_000),
  closure: programmeCloseSchema
    .extend({ closedBy: ref, closedAt: isoTimestampSchema })
    .optional(),
});

/** @public */
export type ArchivedOutcomes = z.infer<typeof archivedOutcomesSchema>;
