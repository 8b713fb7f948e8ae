/** Sustain monitoring: the team's own review cadence and levels that fell. */
export { ProgrammeSustainNotice } from './ProgrammeSustainNotice';
export type { ProgrammeSustainNoticeProps } from './ProgrammeSustainNotice';
export { SustainIndicator } from './SustainIndicator';
export type { SustainIndicatorProps } from './SustainIndicator';
export { SustainNotice } from './SustainNotice';
export type { SustainNoticeProps } from './SustainNotice';
export { sustainFromSummary } from './sustainFacts';
export type { SustainFacts } from './sustainFacts';
