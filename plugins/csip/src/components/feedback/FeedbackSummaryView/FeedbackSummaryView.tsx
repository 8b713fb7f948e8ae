import type {
  FeedbackBarrier,
  FeedbackSummary,
} from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { BulletList } from '../../shared/BulletList';
import {
  answers,
  barrierLabel,
  describeSeverity,
  groupName,
} from '../feedbackWords';
import { FeedbackSummaryChart } from './FeedbackSummaryChart';
import { FeedbackSummaryTable } from './FeedbackSummaryTable';

/** @internal */
export type FeedbackSummaryViewProps = {
  summary: FeedbackSummary;
  /** With it, each barrier has a "Make an action" button. */
  onMakeAction?: (barrier: FeedbackBarrier) => void;
  /** A fixed chart width and no animation, for print. */
  print?: boolean;
};

/**
 * What a round says, as it is reflected back to the leaders: until
 * {@link FeedbackSummary.minimumGroup} people have answered, only how many
 * have; then the chart of mean severity per barrier and organisation, the
 * same as a table, each group's answers and overall mean, and the
 * comments per barrier (unattributed).
 *
 * @internal
 */
export const FeedbackSummaryView = ({
  summary,
  onMakeAction,
  print,
}: FeedbackSummaryViewProps) => {
  if (summary.withheld) {
    return (
      <Typography variant="body2">
        The summary shows once {summary.minimumGroup} people have answered (
        {summary.responses} so far), so that no one’s answer can be told apart.
      </Typography>
    );
  }
  const commented = summary.barriers.filter(b => b.comments.length > 0);
  return (
    <Stack spacing={2}>
      <Typography variant="body2">
        {answers(summary.responses)}. Severity from 0 (not a barrier) to 3
        (severe); organisations with fewer than {summary.minimumGroup} answers
        are shown together as “Other organisations”.
      </Typography>
      <FeedbackSummaryChart
        summary={summary}
        width={print ? 900 : undefined}
        skipAnimation={print}
      />
      <FeedbackSummaryTable summary={summary} onMakeAction={onMakeAction} />
      <BulletList
        label="Answers per organisation"
        empty={null}
        items={summary.organisations.map(
          g =>
            `${groupName(g.organisation)}: ${answers(
              g.responses,
            )}, mean severity ${describeSeverity(g.meanSeverity)}`,
        )}
      />
      {commented.length > 0 && (
        <Stack spacing={1}>
          <Typography variant="subtitle2" component="h5">
            Comments
          </Typography>
          {commented.map(b => (
            <div key={b.barrier}>
              <Typography variant="body2" fontWeight={500}>
                {barrierLabel(b.barrier)}
              </Typography>
              <BulletList items={b.comments} empty={null} />
            </div>
          ))}
        </Stack>
      )}
    </Stack>
  );
};
