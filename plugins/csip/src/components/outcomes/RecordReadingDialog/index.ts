export {
  RecordReadingDialog,
  type RecordReadingDialogProps,
} from './RecordReadingDialog';
