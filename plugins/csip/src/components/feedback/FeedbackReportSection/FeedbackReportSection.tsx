import Typography from '@mui/material/Typography';
import { useCsipQuery } from '../../../hooks/useCsipQuery';
import {
  EmptyNote,
  ReportSection,
  ReportSubheading,
} from '../../report/ProgrammeReport/ReportSection';
import { LoadState } from '../../shared';
import { FeedbackSummaryView } from '../FeedbackSummaryView';
import { describeRound } from '../feedbackWords';

/** @internal */
export type FeedbackReportSectionProps = {
  programmeId: string;
};

/**
 * The printable report's section on partnership feedback: each round with
 * its state and its summary per barrier and organisation, as the leaders
 * see it (a chart at print width and the same as a table).
 *
 * @internal
 */
export const FeedbackReportSection = ({
  programmeId,
}: FeedbackReportSectionProps) => {
  const rounds = useCsipQuery(
    async api => {
      const { items } = await api.listFeedbackRounds(programmeId);
      const summaries = [];
      for (const round of items) {
        summaries.push({
          round,
          summary: await api.getFeedbackSummary(round.id),
        });
      }
      return summaries;
    },
    [programmeId],
  );
  return (
    <ReportSection id="csip-report-feedback" title="Partnership feedback">
      <LoadState state={rounds} errorTitle="Could not load the feedback">
        {items =>
          items.length === 0 ? (
            <EmptyNote>No partnership feedback rounds yet.</EmptyNote>
          ) : (
            items.map(({ round, summary }) => (
              <div key={round.id}>
                <ReportSubheading>{round.title}</ReportSubheading>
                <Typography variant="body2" gutterBottom>
                  {describeRound(round)}
                </Typography>
                <FeedbackSummaryView summary={summary} print />
              </div>
            ))
          )
        }
      </LoadState>
    </ReportSection>
  );
};
