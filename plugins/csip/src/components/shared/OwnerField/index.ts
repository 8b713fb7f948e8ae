export { OwnerField, ownerOptions } from './OwnerField';
export type { OwnerFieldProps } from './OwnerField';
