import {
  KPI_DIRECTION_LABELS,
  type Kpi,
  type KpiDefinition,
} from '@csip-coach/plugin-csip-common';
import { formatDate } from '../../util/formatDate';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/**
 * A KPI figure with its unit: `12%` for a percentage, `45 minutes`
 * otherwise, the bare number without a unit.
 *
 * @internal
 */
export function formatKpiValue(value: number, unit: string): string {
  const figure = number.format(value);
  if (!unit) return figure;
  return unit === '%' ? `${figure}%` : `${figure} ${unit}`;
}

/**
 * How far a KPI has come, in words: "50% of the way from baseline to
 * target", or that nothing is measured yet.
 *
 * @internal
 */
export function describeProgress(kpi: Pick<Kpi, 'progress'>): string {
  return kpi.progress === undefined
    ? 'No readings yet'
    : `${Math.round(kpi.progress * 100)}% of the way from baseline to target`;
}

/**
 * A KPI's readings in words, for screen readers and print: "11% on 31 Oct
 * 2026, 9% on 30 Nov 2026; baseline 12%, target 6%".
 *
 * @internal
 */
export function describeReadings(
  kpi: Pick<Kpi, 'readings' | 'unit' | 'baseline' | 'target'>,
): string {
  const readings = kpi.readings.length
    ? kpi.readings
        .map(r => `${formatKpiValue(r.value, kpi.unit)} on ${formatDate(r.on)}`)
        .join(', ')
    : 'no readings yet';
  return `${readings}; baseline ${formatKpiValue(
    kpi.baseline,
    kpi.unit,
  )}, target ${formatKpiValue(kpi.target, kpi.unit)}`;
}

/**
 * Where a KPI starts and should get, in words: "20% → 10% (lower is
 * better)".
 *
 * @internal
 */
export function describeKpiTarget(
  kpi: Pick<KpiDefinition, 'baseline' | 'target' | 'unit' | 'direction'>,
): string {
  const better = KPI_DIRECTION_LABELS[kpi.direction].toLocaleLowerCase('en-GB');
  return `${formatKpiValue(kpi.baseline, kpi.unit)} → ${formatKpiValue(
    kpi.target,
    kpi.unit,
  )} (${better})`;
}
