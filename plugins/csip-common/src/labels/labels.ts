import type { Approach } from '../approach/approachSchema';
import type { ProgrammePhase } from '../programme/programmeSchema';
import type { ScopeStatus } from '../scope/scopeSchema';

/** Each phase's name, as people read it. @public */
export const PHASE_NAMES: Record<ProgrammePhase, string> = {
  establish: 'Establish',
  implement: 'Implement',
  review: 'Review',
  handover: 'Handover',
  sustain: 'Sustain',
};

/** Each implementation approach's name, as people read it. @public */
export const APPROACH_NAMES: Record<Approach, string> = {
  'done-to-you': 'Done to you',
  diy: 'Do it yourself',
  'diy-with-coaching': 'Do it yourself with coaching',
};

/** Each scope status, as people read it. @public */
export const SCOPE_STATUS_NAMES: Record<ScopeStatus, string> = {
  draft: 'Draft — no version published yet',
  'awaiting-agreement': 'Awaiting agreement',
  agreed: 'Agreed by every approver',
  declined: 'Declined',
};
