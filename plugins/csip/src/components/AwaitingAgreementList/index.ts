export { AwaitingAgreementList } from './AwaitingAgreementList';
