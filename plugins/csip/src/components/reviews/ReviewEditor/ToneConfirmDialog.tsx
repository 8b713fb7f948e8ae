import {
  TONE_CATEGORY_LABELS,
  type FieldToneFinding,
} from '@csip-coach/plugin-csip-common';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { FormDialogActions } from '../../shared';
import { wordingsToReconsider } from '../ToneTextField';
import { findingPlace } from './reviewDraft';

/** @internal */
export type ToneConfirmDialogProps = {
  findings: FieldToneFinding[];
  /** What publishing does, such as "Publish amendment". */
  action: string;
  /** What publishing records, such as the level and unrated criteria. */
  summary: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/**
 * Asks the coach, before publishing, to read the wording the tone checker
 * found and confirm publishing it as it is; the confirmation is stored
 * with the review.
 *
 * @internal
 */
export const ToneConfirmDialog = ({
  findings,
  action,
  summary,
  busy,
  onConfirm,
  onClose,
}: ToneConfirmDialogProps) => {
  const [read, setRead] = useState(false);
  const [error, setError] = useState<string>();

  const confirm = () => {
    if (!read) {
      setError(
        'Tick the box to publish the wording as it is, or go back and rephrase it.',
      );
      return;
    }
    onConfirm();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="csip-tone-confirm-title"
    >
      <DialogTitle id="csip-tone-confirm-title">
        {wordingsToReconsider(findings.length)} before you publish
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2">
            The tone guide suggests rephrasing this wording so the team reads it
            as coaching rather than judgement. Go back to use a suggestion, or
            publish the wording as it is.
          </Typography>
          <Stack component="ul" spacing={1} sx={{ pl: 3, m: 0 }}>
            {findings.map(finding => (
              <li key={`${finding.field}-${finding.start}`}>
                <Typography variant="body2">
                  {findingPlace(finding.field)}: “{finding.phrase}” (
                  {TONE_CATEGORY_LABELS[finding.category].label}) — consider “
                  {finding.suggestion}”
                </Typography>
              </li>
            ))}
          </Stack>
          <Typography variant="body2">{summary}</Typography>
          <FormControl error={Boolean(error)} required>
            <FormControlLabel
              control={
                <Checkbox
                  checked={read}
                  required
                  onChange={e => {
                    setRead(e.target.checked);
                    setError(undefined);
                  }}
                />
              }
              label="I have read these and publish the wording as it is"
            />
            {error && <FormHelperText role="alert">{error}</FormHelperText>}
          </FormControl>
        </Stack>
      </DialogContent>
      <FormDialogActions
        onCancel={onClose}
        cancelLabel="Go back and rephrase"
        onSubmit={confirm}
        submitLabel={`${action} as it is`}
        busy={busy}
      />
    </Dialog>
  );
};
