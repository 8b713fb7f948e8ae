import { useApi } from '@backstage/frontend-plugin-api';
import {
  reviewCommentCreateSchema,
  type Programme,
  type ReviewComment,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { csipApiRef } from '../../../api';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { formatDateTime } from '../../../util/formatDate';
import {
  FormErrorSummary,
  FormTextField,
  LoadState,
  NotAllowedNote,
  RefLink,
  SectionPanel,
  useFormDialog,
} from '../../shared';
import { useReviewComments } from '../useReviewComments';

/** @internal */
export type ReviewCommentsProps = {
  programme: Pick<Programme, 'id' | 'members'>;
  reviewId: string;
};

const TITLE_ID = 'csip-review-comments';

const CommentList = ({ comments }: { comments: ReviewComment[] }) => (
  <Stack
    component="ol"
    aria-labelledby={TITLE_ID}
    spacing={1.5}
    sx={{ m: 0, p: 0, listStyle: 'none' }}
  >
    {comments.map(comment => (
      <Box component="li" key={comment.id}>
        <Typography variant="body2" color="text.secondary">
          <RefLink entityRef={comment.author} /> on{' '}
          {formatDateTime(comment.createdAt)}
        </Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
          {comment.text}
        </Typography>
      </Box>
    ))}
  </Stack>
);

/** The form that adds a comment as the signed-in user. */
const AddComment = ({
  reviewId,
  onAdded,
}: {
  reviewId: string;
  onAdded: () => void;
}) => {
  const csipApi = useApi(csipApiRef);
  const form = useFormDialog({
    schema: reviewCommentCreateSchema,
    defaultValues: { text: '' },
    toBody: ({ text }) => ({ text: text.trim() }),
    check: ({ text }, found) => {
      if (!text.trim()) found.text = 'Write the comment first';
    },
    onSubmit: async body => {
      await csipApi.addReviewComment(reviewId, body);
      form.reset();
      onAdded();
    },
  });
  return (
    <Stack
      component="form"
      spacing={1.5}
      alignItems="flex-start"
      noValidate
      onSubmit={form.submit}
    >
      <FormErrorSummary
        errorCount={0}
        serverError={form.serverError}
        failure="The comment was not added"
      />
      <FormTextField
        control={form.control}
        name="text"
        label="Your comment"
        multiline
        minRows={2}
        fullWidth
        error={form.message('text')}
        helperText="Everyone who reads the review sees it; comments cannot be changed later."
      />
      <Button type="submit" variant="outlined" disabled={form.busy}>
        Add comment
      </Button>
    </Stack>
  );
};

/**
 * The comments on a review, oldest first, such as the coach's on a review
 * the team ran itself; coaches and leads (`commentOnReview`) add one here,
 * everyone else is told why they may not. Comments are append-only.
 *
 * @internal
 */
export const ReviewComments = ({
  programme,
  reviewId,
}: ReviewCommentsProps) => {
  const comments = useReviewComments(reviewId);
  const access = useProgrammeAction('commentOnReview', programme);
  return (
    <SectionPanel
      titleId={TITLE_ID}
      title="Comments"
      headingComponent="h4"
      spacing={2}
    >
      <LoadState state={comments} errorTitle="Could not load the comments">
        {list =>
          list.length ? (
            <CommentList comments={list} />
          ) : (
            <Typography variant="body2">
              No comments yet.{' '}
              {access.allowed
                ? 'Add one below, such as what you noticed about how the review was run.'
                : 'Coaches and leads comment on reviews; their comments show here.'}
            </Typography>
          )
        }
      </LoadState>
      {access.allowed && (
        <AddComment reviewId={reviewId} onAdded={comments.retry} />
      )}
      {!access.loading && !access.allowed && (
        <NotAllowedNote id="csip-review-comment-why" reason={access.reason} />
      )}
    </SectionPanel>
  );
};
