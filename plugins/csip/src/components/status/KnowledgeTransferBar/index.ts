export { KnowledgeTransferBar } from './KnowledgeTransferBar';
export type { KnowledgeTransferBarProps } from './KnowledgeTransferBar';
