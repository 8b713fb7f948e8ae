export {
  CAPABILITY_LEVELS,
  ratingSchema,
  RATING_LABELS,
  RATING_ORDER,
  processIdSchema,
  criterionSchema,
  processDefinitionSchema,
  maturityModelSchema,
} from './maturityModelSchema';
export type {
  Rating,
  Criterion,
  ProcessDefinition,
  MaturityModel,
} from './maturityModelSchema';
export {
  processMaturitySchema,
  maturityViewSchema,
} from './maturityViewSchema';
export type { ProcessMaturity, MaturityView } from './maturityViewSchema';
export { BUILT_IN_MATURITY_MODEL } from './builtInMaturityModel';
export { computeLevel, levelledRatings } from './computeLevel';
export type { LevelledRating } from './computeLevel';
export { calibrationGap, describeCalibrationGap } from './calibrationGap';
export { levelName, describeLevelVsTarget } from './describeLevel';
export { summariseMaturity } from './summariseMaturity';
