import type { KpiDefinition, KpiReading } from './kpiSchema';

/** What {@link kpiProgress} needs of a KPI. @public */
export type KpiProgressInput = Pick<
  KpiDefinition,
  'baseline' | 'target' | 'direction'
>;

/** What {@link kpiProgress} needs of a reading. @public */
export type KpiProgressReading = Pick<KpiReading, 'on' | 'value'> & {
  /** Breaks ties between readings of the same day: the later one counts. */
  recordedAt?: string;
};

/**
 * The latest of `readings`: the one measured on the latest day, and of
 * those the one recorded last (or listed last). Undefined without any.
 *
 * @public
 */
export function latestReading<R extends KpiProgressReading>(
  readings: readonly R[],
): R | undefined {
  let latest: R | undefined;
  for (const reading of readings) {
    if (
      !latest ||
      reading.on > latest.on ||
      (reading.on === latest.on &&
        (reading.recordedAt ?? '') >= (latest.recordedAt ?? ''))
    ) {
      latest = reading;
    }
  }
  return latest;
}

/**
 * How far a KPI has come from its baseline toward its target by its latest
 * reading, from 0 (at the baseline, or worse) to 1 (at the target, or
 * beyond): `(latest − baseline) / (target − baseline)`, clamped. The
 * direction says which way is better; where the target equals the
 * baseline, a reading at it or on the better side is 1 and a worse one 0.
 * Undefined without readings.
 *
 * @public
 */
export function kpiProgress(
  kpi: KpiProgressInput,
  readings: readonly KpiProgressReading[],
): number | undefined {
  const latest = latestReading(readings);
  if (!latest) return undefined;
  const sign = kpi.direction === 'up' ? 1 : -1;
  const gained = (latest.value - kpi.baseline) * sign;
  const needed = (kpi.target - kpi.baseline) * sign;
  if (needed <= 0) return gained >= needed ? 1 : 0;
  return Math.min(1, Math.max(0, gained / needed));
}
