export { permissionModuleCsipExamplePolicy as default } from './module';
export {
  CsipExamplePolicy,
  DEFAULT_IMPORT_GROUPS,
  examplePolicyOptionsFromConfig,
  hasProgrammeRole,
} from './CsipExamplePolicy';
export type { CsipExamplePolicyOptions } from './CsipExamplePolicy';
