import type { ActionStatus } from '../actions/actionSchema';
import { RATING_LABELS } from '../maturity/maturityModelSchema';
import type { CoachRating, EvidenceSource } from './reviewRatingSchema';
import type { LedBy } from './reviewSchema';
import type { SuggestionArea } from './suggestionSchema';

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

/** The coach's ratings, as people read them: Not yet … Fully, Not applicable. @public */
export const COACH_RATING_LABELS: Record<CoachRating, string> = {
  ...RATING_LABELS,
  NA: 'Not applicable',
};

/** The action areas of recommendations, as people read them. @public */
export const SUGGESTION_AREA_NAMES: Record<SuggestionArea, string> = {
  'customer-experience': 'Customer experience',
  'leadership-mi': 'Leadership & management information',
  resources: 'Resources',
  'targets-measures': 'Targets & measures aligned to outcomes',
  culture: 'Culture',
  operations: 'Operations',
};
