export { NoticeAlert } from './NoticeAlert';
export type { NoticeAlertProps } from './NoticeAlert';
