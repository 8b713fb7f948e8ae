export {
  ALREADY_CLOSED,
  CloseProgrammeDialog,
  type CloseProgrammeDialogProps,
} from './CloseProgrammeDialog';
