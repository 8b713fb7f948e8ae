export { ProgrammeFields } from './ProgrammeFields';
export type { ProgrammeFieldsProps } from './ProgrammeFields';
export {
  checkProgrammeDraft,
  EMPTY_PROGRAMME,
  programmeBody,
  programmeDraftOf,
} from './programmeDraft';
export type { ProgrammeDraft } from './programmeDraft';
