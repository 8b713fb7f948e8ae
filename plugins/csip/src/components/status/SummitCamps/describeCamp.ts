import {
  SUMMIT_CAMP_NAMES,
  SUMMIT_CAMPS,
  type SummitProgress,
} from '@csip-coach/plugin-csip-common';

/**
 * The camp reached and the next one, in words: "Reached Base camp; next:
 * Camp 2 at 55 %". Empty before there are targets.
 */
export function describeCamp(summit: SummitProgress): string {
  if (summit.percent === null) return '';
  if (summit.camp === 'summit') {
    return 'Reached the Summit: every agreed target is met';
  }
  const next = SUMMIT_CAMPS.find(c => c.percent > summit.percent!);
  const where =
    summit.camp === 'start'
      ? `${SUMMIT_CAMP_NAMES.start}, no camp reached yet`
      : `Reached ${SUMMIT_CAMP_NAMES[summit.camp]}`;
  return next ? `${where}; next: ${next.name} at ${next.percent} %` : where;
}

/**
 * The camp reached and how far, in short: "Base camp, 50 % of the way to
 * the targets", or "No targets yet".
 */
export function describeSummitInShort(summit: SummitProgress): string {
  if (summit.percent === null) return 'No targets yet';
  return `${SUMMIT_CAMP_NAMES[summit.camp]}, ${
    summit.percent
  } % of the way to the targets`;
}
