export { permissionModuleCsipExamplePolicy as default } from './module';
export { CsipExamplePolicy, hasProgrammeRole } from './CsipExamplePolicy';
export type { CsipExamplePolicyOptions } from './CsipExamplePolicy';
