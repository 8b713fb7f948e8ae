export { DriverField, DRIVERS } from './DriverField';
export type { DriverDraft, DriverFieldProps } from './DriverField';
