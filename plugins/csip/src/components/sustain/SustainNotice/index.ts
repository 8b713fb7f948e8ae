export { SustainNotice } from './SustainNotice';
export type { SustainNoticeProps } from './SustainNotice';
