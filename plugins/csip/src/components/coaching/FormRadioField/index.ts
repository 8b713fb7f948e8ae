export { FormRadioField } from './FormRadioField';
export type { FormRadioFieldProps } from './FormRadioField';
