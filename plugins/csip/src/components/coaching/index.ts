/** Coaching between reviews: moments, commitments to follow up and the mix. */
export { CoachingMixCard, CoachingMixState } from './CoachingMixCard';
export type { CoachingMixCardProps } from './CoachingMixCard';
export { CoachingTab } from './CoachingTab';
export type { CoachingTabProps } from './CoachingTab';
export { EntityProgrammeCoaching } from './EntityProgrammeCoaching';
export type { EntityProgrammeCoachingProps } from './EntityProgrammeCoaching';
export { FollowUpList, FollowUpStatusChip } from './FollowUpList';
export type { FollowUpListProps } from './FollowUpList';
export { MomentList } from './MomentList';
export type { MomentListProps } from './MomentList';
export { RecordMomentButton, RecordMomentDialog } from './RecordMomentDialog';
export type {
  RecordMomentButtonProps,
  RecordMomentDialogProps,
} from './RecordMomentDialog';
export { RecordOutcomeDialog } from './RecordOutcomeDialog';
export type { RecordOutcomeDialogProps } from './RecordOutcomeDialog';
export { describeRecorded, useCoachingDialogs } from './useCoachingDialogs';
export type { CoachingDialogs } from './useCoachingDialogs';
export { useCoaching } from './useCoaching';
export { useFollowUps } from './useFollowUps';
export { useMoments } from './useMoments';
