export { OpenRoundDialog, organisationLines } from './OpenRoundDialog';
export type { OpenRoundDialogProps } from './OpenRoundDialog';
