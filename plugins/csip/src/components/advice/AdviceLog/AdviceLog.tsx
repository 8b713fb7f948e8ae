import type { AdviceEntry, Programme } from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';
import { LoadState, SectionPanel } from '../../shared';
import { ReviewLink } from '../../reviews/ReviewView/ReviewLink';
import { AdviceEntries } from '../AdviceEntries';
import { describeAdviceCounts } from '../adviceWords';
import { useAdvice } from '../useAdvice';

/** @internal */
export type AdviceLogProps = {
  programme: Pick<Programme, 'id' | 'members'>;
  /** A process's name by id. */
  processName: (id: string) => string;
};

const TITLE_ID = 'csip-advice-log';

/**
 * The programme's advice log: every growth suggestion of its published
 * reviews, newest review first, with the team's latest response counted
 * and described, never judged; the team responds from here too. Before the
 * first suggestion, it says where suggestions come from.
 *
 * @internal
 */
export const AdviceLog = ({ programme, processName }: AdviceLogProps) => {
  const advice = useAdvice(programme.id);
  const reviewOf = (entry: AdviceEntry) => {
    const name = `${processName(entry.process)} review of ${formatDate(
      entry.date,
    )}`;
    return (
      <Typography variant="caption" color="text.secondary">
        From the{' '}
        <ReviewLink reviewId={entry.reviewId} aria-label={`Open the ${name}`}>
          {name}
        </ReviewLink>
      </Typography>
    );
  };
  return (
    <SectionPanel
      titleId={TITLE_ID}
      title="Advice log"
      headingComponent="h4"
      spacing={2}
    >
      <LoadState state={advice} errorTitle="Could not load the advice log">
        {entries =>
          entries.length === 0 ? (
            <Typography variant="body2">
              No growth suggestions yet. When a published review suggests
              something to try, it shows here, and the team records whether it
              adopts, defers or declines it, and later what happened.
            </Typography>
          ) : (
            <Stack spacing={2}>
              <Typography variant="body2">
                Each growth suggestion of the published reviews and the team’s
                response. The team decides what fits its work; the log keeps
                what it chose and why.
              </Typography>
              <Typography variant="body2">
                So far: {describeAdviceCounts(entries)}.
              </Typography>
              <AdviceEntries
                programme={programme}
                entries={entries}
                labelledBy={TITLE_ID}
                reasonId="csip-advice-log-why"
                contextOf={reviewOf}
                onChanged={advice.retry}
              />
            </Stack>
          )
        }
      </LoadState>
    </SectionPanel>
  );
};
