export { ToneTextField, wordingsToReconsider } from './ToneTextField';
export type { ToneTextFieldProps } from './ToneTextField';
export { useToneOptions } from './useToneOptions';
