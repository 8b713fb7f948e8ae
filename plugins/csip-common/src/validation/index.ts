export {
  boundedInt,
  INTEGER_MAX,
  ENTITY_REF_MAX_LENGTH,
  PROCESS_ID_MAX_LENGTH,
  TIMESTAMP_MAX_LENGTH,
  isoDateSchema,
  isoTimestampSchema,
  PATH_ID_PATTERN,
  pathIdSchema,
  pathNumberSchema,
} from './bounds';
export { describeIssues, formatIssues } from './describeIssues';
export type { FieldIssue } from './describeIssues';
export {
  hasControlCharacters,
  safeText,
  CONTROL_CHARACTERS_MESSAGE,
} from './safeText';
export type { SafeTextOptions } from './safeText';
