import type { ActionStatus } from '../actions/actionSchema';
import type { EvidenceSource, LedBy } from './reviewSchema';

/** Who led a review, as people read it. @public */
export const LED_BY_NAMES: Record<LedBy, string> = {
  coach: 'Led by the coach',
  'co-led': 'Co-led by coach and team',
  team: 'Led by the team',
};

/** Evidence sources, as people read them. @public */
export const EVIDENCE_SOURCE_NAMES: Record<EvidenceSource, string> = {
  interview: 'Interview',
  observation: 'Observation',
  document: 'Document',
  metrics: 'Metrics',
  'team-session': 'Team session',
};

/** Action statuses, as people read them. @public */
export const ACTION_STATUS_NAMES: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};
