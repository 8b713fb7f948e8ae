export {
  handoverCategorySchema,
  handoverStatusSchema,
  handoverItemSchema,
  handoverItemUpdateSchema,
  handoverItemCreateSchema,
  proficiencySchema,
  skillsMatrixSchema,
  skillsMatrixViewSchema,
  coverageStatusSchema,
  processCoverageSchema,
  readinessBlockerSchema,
  exitReadinessSchema,
  fadeOutSchema,
  summitCampSchema,
  summitProgressSchema,
  handoverViewSchema,
} from './handoverSchema';
export type {
  HandoverCategory,
  HandoverStatus,
  HandoverItem,
  HandoverItemUpdate,
  HandoverItemCreate,
  Proficiency,
  SkillsMatrixUpdate,
  SkillsMatrix,
  CoverageStatus,
  ProcessCoverage,
  ReadinessBlocker,
  ExitReadiness,
  FadeOut,
  SummitCamp,
  SummitProgress,
  HandoverView,
} from './handoverSchema';
export { missingTemplateItems, HANDOVER_TEMPLATE } from './handoverTemplate';
export type {
  HandoverTemplateItem,
  TemplateItemDraft,
} from './handoverTemplate';
export {
  knowledgeTransferScore,
  skillsCoverage,
  coachFadeOut,
  exitReadiness,
  summitProgress,
  HANDOVER_CREDIT,
  READY_SCORE,
  SUMMIT_CAMPS,
} from './handoverScores';
export type { ScoredReview } from './handoverScores';
export {
  describeReadiness,
  HANDOVER_CATEGORY_NAMES,
  HANDOVER_STATUS_NAMES,
  PROFICIENCY_NAMES,
  COVERAGE_NAMES,
  SUMMIT_CAMP_NAMES,
} from './handoverLabels';
