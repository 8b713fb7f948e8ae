export { ProgrammeSustainNotice } from './ProgrammeSustainNotice';
export type { ProgrammeSustainNoticeProps } from './ProgrammeSustainNotice';
