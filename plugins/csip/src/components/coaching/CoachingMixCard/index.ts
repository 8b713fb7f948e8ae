export { CoachingMixCard, CoachingMixState } from './CoachingMixCard';
export type { CoachingMixCardProps } from './CoachingMixCard';
export { CoachingMixChart, describeMixBars } from './CoachingMixChart';
export type { CoachingMixChartProps } from './CoachingMixChart';
export { describeAdvice, describeCommitments } from './describeCoaching';
