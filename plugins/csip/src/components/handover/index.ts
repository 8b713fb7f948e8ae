/** The handover tab: checklist, skills matrix, fade-out, readiness and the summit. */
export { HandoverTab } from './HandoverTab/HandoverTab';
export type { HandoverTabProps } from './HandoverTab/HandoverTab';
export { HandoverGlance } from './HandoverGlance/HandoverGlance';
