export { HandoverService } from './HandoverService';
export { computeHandoverView, ensureChecklist } from './computeHandoverView';
export type { HandoverSources } from './computeHandoverView';
