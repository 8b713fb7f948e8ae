export { AdviceResponseDialog } from './AdviceResponseDialog';
export type { AdviceResponseDialogProps } from './AdviceResponseDialog';
