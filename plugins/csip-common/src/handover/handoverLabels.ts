import type {
  CoverageStatus,
  HandoverCategory,
  HandoverStatus,
  Proficiency,
  SummitCamp,
} from './handoverSchema';

/** @public */
export const HANDOVER_CATEGORY_NAMES: Record<HandoverCategory, string> = {
  ownership: 'Ownership',
  documentation: 'Documentation',
  skills: 'Skills',
  measurement: 'Measurement',
  governance: 'Governance',
  continuity: 'Continuity',
};

/** @public */
export const HANDOVER_STATUS_NAMES: Record<HandoverStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  demonstrated: 'Demonstrated by the team',
  verified: 'Verified by the coach',
};

/** @public */
export const PROFICIENCY_NAMES: Record<Proficiency, string> = {
  novice: 'Novice',
  developing: 'Developing',
  proficient: 'Proficient',
  expert: 'Expert',
};

/** @public */
export const COVERAGE_NAMES: Record<CoverageStatus, string> = {
  covered: 'Covered',
  'at-risk': 'At risk',
  gap: 'Gap',
};

/** @public */
export const SUMMIT_CAMP_NAMES: Record<SummitCamp, string> = {
  start: 'Setting out',
  'base-camp': 'Base camp',
  'camp-2': 'Camp 2',
  'camp-3': 'Camp 3',
  summit: 'Summit',
};

/**
 * Exit readiness in words: "Ready" (or `readyText`), "Not ready: 1
 * blocker", "Not ready: 3 blockers".
 *
 * @public
 */
export function describeReadiness(
  readiness: { ready: boolean; blockers: number },
  readyText = 'Ready',
): string {
  if (readiness.ready) return readyText;
  if (readiness.blockers <= 0) return 'Not ready';
  return `Not ready: ${readiness.blockers} ${
    readiness.blockers === 1 ? 'blocker' : 'blockers'
  }`;
}
