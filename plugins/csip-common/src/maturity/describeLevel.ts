import { CAPABILITY_LEVELS } from './maturityModelSchema';

/** "2 Managed" for level 2. @public */
export function levelName(level: number): string {
  const name = CAPABILITY_LEVELS.find(l => l.level === level)?.name;
  return name ? `${level} ${name}` : String(level);
}

/**
 * A process's level against its target, in words: "Level 2 Managed, target
 * 3 Established: 1 level to go", "Target reached", "Not reviewed yet".
 *
 * @public
 */
export function describeLevelVsTarget(
  level: number | null,
  target: number | null,
): string {
  if (level === null) {
    return target === null
      ? 'Not reviewed yet'
      : `Not reviewed yet; target ${levelName(target)}`;
  }
  const now = `Level ${levelName(level)}`;
  if (target === null) return `${now}; no target in scope`;
  const gap = target - level;
  if (gap <= 0) return `${now}; target ${levelName(target)} reached`;
  return `${now}, target ${levelName(target)}: ${gap} level${
    gap === 1 ? '' : 's'
  } to go`;
}
