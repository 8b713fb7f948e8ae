import { z } from 'zod';
import { isoDateSchema } from '../validation/bounds';
import { hasControlCharacters, safeText } from '../validation/safeText';

/** The longest KPI id (a slug of its name). @public */
export const KPI_ID_MAX_LENGTH = 64;

/**
 * The id of a KPI within its programme: a slug of its name such as
 * `failed-changes`, at most 64 lowercase letters, digits and single dashes.
 * It stays the same across scope versions, so that readings follow it.
 *
 * @public
 */
export const kpiIdSchema = z
  .string()
  .max(KPI_ID_MAX_LENGTH, {
    message: `must be at most ${KPI_ID_MAX_LENGTH} characters`,
  })
  .refine(id => !hasControlCharacters(id), {
    message: 'must not contain control characters',
  })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'must be a KPI id of lowercase letters, digits and dashes',
  });

/**
 * The id a KPI named `name` gets: its letters and digits in lowercase,
 * joined by single dashes (`Failed changes %` → `failed-changes`); `kpi`
 * for a name without any.
 *
 * @public
 */
export function kpiIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, KPI_ID_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'kpi';
}

/**
 * Gives every KPI without an id one: the slug of its name, made unique
 * among the others (`-2`, `-3`, …). KPIs that have an id keep it.
 *
 * @public
 */
export function withKpiIds<T extends { id?: string; name: string }>(
  kpis: readonly T[],
): (T & { id: string })[] {
  const taken = new Set(kpis.flatMap(k => (k.id ? [k.id] : [])));
  return kpis.map(kpi => {
    if (kpi.id) return { ...kpi, id: kpi.id };
    const base = kpiIdFor(kpi.name).slice(0, KPI_ID_MAX_LENGTH - 4);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...kpi, id };
  });
}

/** Whether a KPI is better when it goes up or when it goes down. @public */
export const kpiDirectionSchema = z.enum(['up', 'down']);

/** @public */
export type KpiDirection = z.infer<typeof kpiDirectionSchema>;

/** The largest magnitude of a KPI figure. @public */
export const KPI_VALUE_MAX = 1e12;

/** A KPI figure: a finite number within ±1e12. @public */
export const kpiValueSchema = z
  .number({ message: 'must be a number' })
  .min(-KPI_VALUE_MAX, { message: `must be at least -${KPI_VALUE_MAX}` })
  .max(KPI_VALUE_MAX, { message: `must be at most ${KPI_VALUE_MAX}` });

const kpiFields = {
  /** One of the scope version's objectives, word for word. */
  objective: safeText({ min: 1, max: 1000 }),
  name: safeText({ min: 1, max: 200 }),
  unit: safeText({ max: 40 }).default(''),
  baseline: kpiValueSchema,
  target: kpiValueSchema,
  direction: kpiDirectionSchema,
};

/** The target lies in the KPI's direction from the baseline, or on it. */
const targetInDirection = (k: {
  baseline: number;
  target: number;
  direction: KpiDirection;
}) => (k.direction === 'up' ? k.target >= k.baseline : k.target <= k.baseline);

/**
 * An outcome KPI as a scope version is published with it: on one of the
 * version's objectives, what is measured, in which unit, where it stood
 * (`baseline`), where it should get (`target`) and whether up or down is
 * better (`target` must lie that way from `baseline`, or equal it). `id`
 * is optional: a new KPI gets the slug of its name when published; an
 * existing one keeps its id, so that its readings follow it.
 *
 * @public
 */
export const kpiCreateSchema = z
  .object({ id: kpiIdSchema.optional(), ...kpiFields })
  .refine(targetInDirection, {
    message:
      'must lie in the KPI’s direction from the baseline (at or above it for up, at or below it for down)',
    path: ['target'],
  });

/** @public */
export type KpiCreate = z.infer<typeof kpiCreateSchema>;

/**
 * An outcome KPI of a published scope version: a {@link kpiCreateSchema}
 * with its id. A change to it is a scope change.
 *
 * @public
 */
export const kpiDefinitionSchema = z.object({
  id: z.string(),
  objective: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  direction: kpiDirectionSchema,
});

/** @public */
export type KpiDefinition = z.infer<typeof kpiDefinitionSchema>;

/** The body of `POST /programmes/:id/kpis/:kpiId/readings`. @public */
export const kpiReadingCreateSchema = z.object({
  /** The day the figure was measured. */
  on: isoDateSchema,
  value: kpiValueSchema,
});

/** @public */
export type KpiReadingCreate = z.infer<typeof kpiReadingCreateSchema>;

/** A recorded reading of a KPI. @public */
export const kpiReadingSchema = kpiReadingCreateSchema.extend({
  id: z.string(),
  kpiId: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

/** @public */
export type KpiReading = z.infer<typeof kpiReadingSchema>;

/**
 * A KPI of the current scope version as `GET /programmes/:id/kpis` returns
 * it: its definition, its readings (oldest first) and `progress`, the
 * fraction of the way from baseline to target by the latest reading (absent
 * without readings).
 *
 * @public
 */
export const kpiSchema = kpiDefinitionSchema.extend({
  readings: z.array(kpiReadingSchema),
  progress: z.number().min(0).max(1).optional(),
});

/** @public */
export type Kpi = z.infer<typeof kpiSchema>;
