export {
  DEFAULT_CSIP_LOCATION_TEMPLATE,
  CsipCollatorFactory,
} from './CsipCollatorFactory';
export type { CsipCollatorFactoryOptions } from './CsipCollatorFactory';
export {
  describeProgramme,
  toCsipProgrammeDocument,
  CSIP_PROGRAMME_DOCUMENT_TYPE,
} from './CsipProgrammeDocument';
export type {
  CsipScopeStatus,
  CsipProgrammeDocument,
} from './CsipProgrammeDocument';
