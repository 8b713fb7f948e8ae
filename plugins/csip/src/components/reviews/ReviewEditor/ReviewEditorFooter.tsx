import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FormErrorSummary } from '../../shared';
import { wordingsToReconsider } from '../ToneTextField';
import type { useReviewSubmission } from './useReviewSubmission';

/** @internal */
export type ReviewEditorFooterProps = {
  mode: 'draft' | 'amend';
  /** What publishing records: the level and the unrated criteria. */
  summary: string;
  /** How many tone findings the review has open. */
  toneCount: number;
  submission: ReturnType<typeof useReviewSubmission>;
  onCancel: () => void;
};

/**
 * The end of the review editor: what publishing records, why the last
 * request failed (with a reload after a 409), and the buttons to save,
 * publish or leave.
 *
 * @internal
 */
export const ReviewEditorFooter = ({
  mode,
  summary,
  toneCount,
  submission,
  onCancel,
}: ReviewEditorFooterProps) => {
  const { errors, serverError, busy } = submission;
  const amend = mode === 'amend';
  const publishLabel = amend ? 'Publish amendment' : 'Publish';
  return (
    <Stack spacing={2}>
      <Typography variant="body2">
        {summary}
        {toneCount > 0 &&
          ` ${wordingsToReconsider(
            toneCount,
          )}: you will be asked to confirm them.`}
      </Typography>
      <FormErrorSummary
        errorCount={Object.keys(errors).length}
        serverError={serverError?.message}
        failure={serverError?.failure ?? ''}
      />
      {serverError?.conflict && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" onClick={submission.reload}>
              Reload
            </Button>
          }
        >
          Someone changed or published this review since you opened it. Reload
          to see the latest version; your unsaved changes here will be lost, so
          copy any text you want to keep first.
        </Alert>
      )}
      {submission.published && (
        <Alert severity="info">
          This review has been published, so it can no longer be edited as a
          draft. Close the editor and amend the published review instead.
        </Alert>
      )}
      <Box
        sx={{
          display: 'flex',
          gap: 2,
          alignItems: 'center',
          flexWrap: 'wrap',
        }}
      >
        {!amend && (
          <Button
            variant="outlined"
            onClick={submission.save}
            disabled={busy || submission.published}
          >
            Save draft
          </Button>
        )}
        <Button
          variant="contained"
          onClick={submission.publish}
          disabled={busy || submission.published}
        >
          {publishLabel}
        </Button>
        <Button onClick={onCancel}>
          {!amend && submission.dirty ? 'Close without saving' : 'Cancel'}
        </Button>
        {!amend && (
          <Typography role="status" variant="body2" color="text.secondary">
            {submission.dirty && 'Unsaved changes. '}
            {submission.savedAt && `Draft saved at ${submission.savedAt}.`}
          </Typography>
        )}
      </Box>
    </Stack>
  );
};
