import type {
  FeedbackRound,
  FeedbackSummary,
} from '@csip-coach/plugin-csip-common';
import { type CsipQuery, useCsipQuery } from '../../hooks/useCsipQuery';

/**
 * The programme's partnership feedback rounds, newest first. `retry`
 * loads them again, such as after a round was opened or answered.
 *
 * @internal
 */
export function useFeedbackRounds(
  programmeId: string,
): CsipQuery<FeedbackRound[]> {
  return useCsipQuery(
    async api => (await api.listFeedbackRounds(programmeId)).items,
    [programmeId],
  );
}

/**
 * The summary of a round, loaded again when `refreshKey` changes (such as
 * its count of responses).
 *
 * @internal
 */
export function useFeedbackSummary(
  roundId: string,
  refreshKey?: unknown,
): CsipQuery<FeedbackSummary> {
  return useCsipQuery(
    api => api.getFeedbackSummary(roundId),
    [roundId, refreshKey],
  );
}
