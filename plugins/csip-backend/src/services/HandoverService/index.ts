export { HandoverService } from './HandoverService';
export {
  computeHandoverView,
  ensureChecklist,
  syncChecklist,
} from './computeHandoverView';
export type { HandoverSources } from './computeHandoverView';
