export { OwnerField, ownerOptions, refName } from './OwnerField';
export type { OwnerFieldProps } from './OwnerField';
