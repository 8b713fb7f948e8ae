export { MembersField } from './MembersField';
export type { MemberDraft, MembersFieldProps } from './MembersField';
