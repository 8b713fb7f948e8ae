export { focusRingSx } from './focusRingSx';
