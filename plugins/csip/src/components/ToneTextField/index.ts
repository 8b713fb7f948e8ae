export { ToneTextField, wordingsToReconsider } from './ToneTextField';
export type { ToneTextFieldProps } from './ToneTextField';
