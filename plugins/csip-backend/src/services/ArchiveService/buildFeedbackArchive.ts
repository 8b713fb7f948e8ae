import type {
  ArchivedFeedback,
  FeedbackResponse,
} from '@csip-coach/plugin-csip-common';
import type { Stores } from '../../database/createStores';

/**
 * The partnership feedback of one programme for its archive: rounds keyed
 * `round-1`, … oldest first, each with its responses (the respondent only
 * of named ones; who took part is not exported), and the key of each
 * round by id, for the actions that came from one.
 *
 * @internal
 */
export async function buildFeedbackArchive(
  programmeId: string,
  stores: Pick<Stores, 'feedback'>,
): Promise<{
  feedback: ArchivedFeedback;
  roundKey: (roundId?: string) => string | undefined;
}> {
  const rounds = [...(await stores.feedback.listRounds(programmeId))].reverse();
  const keys = new Map(rounds.map((r, i) => [r.id, `round-${i + 1}`]));
  const archived: ArchivedFeedback['rounds'] = [];
  // One query at a time: inside a transaction they share one connection.
  for (const round of rounds) {
    const responses: FeedbackResponse[] = await stores.feedback.listResponses(
      round.id,
    );
    archived.push({
      key: keys.get(round.id)!,
      title: round.title,
      closesOn: round.closesOn,
      organisations: round.organisations,
      createdBy: round.createdBy,
      createdAt: round.createdAt,
      // In an order of their content, so two exports compare equal and
      // the order says nothing of when anyone answered.
      responses: responses
        .map(r => ({
          organisation: r.organisation,
          barriers: r.barriers,
          ...(r.respondedBy && { respondedBy: r.respondedBy }),
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    });
  }
  return {
    feedback: { rounds: archived },
    roundKey: roundId => (roundId ? keys.get(roundId) : undefined),
  };
}
