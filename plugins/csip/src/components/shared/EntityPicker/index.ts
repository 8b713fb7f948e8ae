export { EntityPicker } from './EntityPicker';
export type { EntityPickerProps } from './EntityPicker';
