/**
 * A Backstage search module that indexes CSIP Coach programmes.
 *
 * @packageDocumentation
 */

export { searchModuleCsipCollator as default } from './module';
export {
  DEFAULT_CSIP_LOCATION_TEMPLATE,
  CsipCollatorFactory,
  describeProgramme,
  toCsipProgrammeDocument,
  CSIP_PROGRAMME_DOCUMENT_TYPE,
} from './collators';
export type {
  CsipCollatorFactoryOptions,
  CsipScopeStatus,
  CsipProgrammeDocument,
} from './collators';
