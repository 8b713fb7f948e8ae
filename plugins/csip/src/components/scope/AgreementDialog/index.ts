export { AgreementDialog } from './AgreementDialog';
