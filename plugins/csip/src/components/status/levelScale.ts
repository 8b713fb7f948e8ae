import { CAPABILITY_LEVELS, levelName } from '@csip-coach/plugin-csip-common';

/** The highest capability level, 5 (Innovating). */
export const MAX_LEVEL = CAPABILITY_LEVELS[CAPABILITY_LEVELS.length - 1].level;

/** Every capability level, 0–5, as axis ticks. */
export const LEVEL_TICKS: number[] = CAPABILITY_LEVELS.map(l => l.level);

/** A level's name alone, such as "Managed" for 2; the number if unknown. */
export function levelTitle(level: number): string {
  return CAPABILITY_LEVELS.find(l => l.level === level)?.name ?? String(level);
}

/**
 * A value axis over the capability levels 0–5 with a tick per level, named
 * ("2 Managed") unless `numbersOnly`, for `xAxis` or `yAxis` of an x-chart.
 */
export function levelAxis(options: { label?: string; numbersOnly?: boolean }) {
  return {
    min: 0,
    max: MAX_LEVEL,
    tickInterval: LEVEL_TICKS,
    label: options.label,
    valueFormatter: (value: number | null) => {
      if (value === null) return '';
      return options.numbersOnly ? String(value) : levelName(value);
    },
  };
}

/** A series value as "2 Managed", or `none` when there is no value. */
export const levelValue =
  (none = '') =>
  (value: number | null) =>
    value === null ? none : levelName(value);
