export { SummitCamps } from './SummitCamps';
export type { SummitCampsProps } from './SummitCamps';
export { describeCamp, describeSummitInShort } from './describeCamp';
