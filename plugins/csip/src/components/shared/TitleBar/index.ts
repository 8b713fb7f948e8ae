export { TitleBar } from './TitleBar';
export type { TitleBarProps } from './TitleBar';
