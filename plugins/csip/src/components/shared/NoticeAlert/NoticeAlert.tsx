import Alert from '@mui/material/Alert';

/** @internal */
export type NoticeAlertProps = {
  /** What just succeeded, such as "Action added."; nothing shows without it. */
  notice?: string;
  onClose: () => void;
};

/**
 * The closable success message after a change, such as "Action added.".
 *
 * @internal
 */
export const NoticeAlert = ({ notice, onClose }: NoticeAlertProps) =>
  notice ? (
    <Alert severity="success" onClose={onClose}>
      {notice}
    </Alert>
  ) : null;
