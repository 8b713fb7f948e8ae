import { FEEDBACK_BARRIER_IDS, type FeedbackBarrier } from './feedbackBarriers';
import {
  FEEDBACK_MIN_GROUP,
  OTHER_ORGANISATIONS,
  type BarrierRating,
  type FeedbackGroupSummary,
  type FeedbackSummary,
} from './feedbackSchema';

/** What a summary needs of a response: never who gave it. @public */
export type SummarisedResponse = {
  organisation: string;
  barriers: ReadonlyArray<
    Pick<BarrierRating, 'barrier' | 'severity'> & {
      comment?: string;
    }
  >;
};

/**
 * The group each organisation's responses are shown under: an organisation
 * with at least {@link FEEDBACK_MIN_GROUP} responses is its own group; the
 * others are folded into {@link OTHER_ORGANISATIONS}. When "other" would
 * then hold 1 or 2 responses (which the totals would give away), the
 * smallest organisations are folded into it too, until it holds enough or
 * everything is "other". Returns the groups in the round's order ("other"
 * last) and the group of each organisation that answered.
 *
 * @public
 */
export function foldOrganisations(
  organisations: readonly string[],
  responses: ReadonlyArray<Pick<SummarisedResponse, 'organisation'>>,
): { groups: string[]; groupOf: (organisation: string) => string } {
  const counts = new Map<string, number>();
  for (const r of responses) {
    counts.set(r.organisation, (counts.get(r.organisation) ?? 0) + 1);
  }
  const order = [
    ...organisations,
    ...[...counts.keys()].filter(o => !organisations.includes(o)),
  ];
  const named = order.filter(o => (counts.get(o) ?? 0) >= FEEDBACK_MIN_GROUP);
  let other = responses.length - named.reduce((n, o) => n + counts.get(o)!, 0);
  while (other > 0 && other < FEEDBACK_MIN_GROUP && named.length > 0) {
    // The smallest named organisation (the last of equals) joins "other".
    const smallest = named.reduce((a, b) =>
      counts.get(b)! <= counts.get(a)! ? b : a,
    );
    named.splice(named.indexOf(smallest), 1);
    other += counts.get(smallest)!;
  }
  return {
    groups: other > 0 ? [...named, OTHER_ORGANISATIONS] : named,
    groupOf: organisation =>
      named.includes(organisation) ? organisation : OTHER_ORGANISATIONS,
  };
}

/** The mean to two decimals, or null for fewer than the minimum group. */
function meanOf(severities: readonly number[]): number | null {
  if (severities.length < FEEDBACK_MIN_GROUP) return null;
  const sum = severities.reduce((a, b) => a + b, 0);
  return Math.round((sum / severities.length) * 100) / 100;
}

/**
 * The summary of a feedback round that is reflected back to the leaders:
 * per barrier how many rated it, the mean severity, the same per group of
 * organisations, and the comments (unattributed, alphabetical); and per
 * group the responses and the mean of all its ratings.
 *
 * Anonymity: with fewer than {@link FEEDBACK_MIN_GROUP} responses in all
 * the summary is withheld (only the count is given); organisations with
 * fewer are folded into "other" ({@link foldOrganisations}); and a mean of
 * fewer than that many ratings (a barrier most respondents left out) is
 * null. Who answered is never an input.
 *
 * @public
 */
export function summariseFeedback(options: {
  roundId: string;
  organisations: readonly string[];
  responses: readonly SummarisedResponse[];
}): FeedbackSummary {
  const { roundId, organisations, responses } = options;
  const base = {
    roundId,
    responses: responses.length,
    minimumGroup: FEEDBACK_MIN_GROUP,
  };
  if (responses.length < FEEDBACK_MIN_GROUP) {
    return { ...base, withheld: true, barriers: [], organisations: [] };
  }
  const { groups, groupOf } = foldOrganisations(organisations, responses);
  const ratingsOf = (barrier?: FeedbackBarrier, group?: string) =>
    responses
      .filter(r => group === undefined || groupOf(r.organisation) === group)
      .flatMap(r => r.barriers)
      .filter(b => barrier === undefined || b.barrier === barrier);
  const severities = (ratings: ReturnType<typeof ratingsOf>) =>
    ratings.map(r => r.severity);
  const groupSummary = (
    group: string,
    barrier?: FeedbackBarrier,
  ): FeedbackGroupSummary => {
    const ratings = ratingsOf(barrier, group);
    return {
      organisation: group,
      responses: barrier
        ? ratings.length
        : responses.filter(r => groupOf(r.organisation) === group).length,
      meanSeverity: meanOf(severities(ratings)),
    };
  };
  return {
    ...base,
    withheld: false,
    barriers: FEEDBACK_BARRIER_IDS.map(barrier => {
      const ratings = ratingsOf(barrier);
      return {
        barrier,
        responses: ratings.length,
        meanSeverity: meanOf(severities(ratings)),
        byOrganisation: groups.map(group => groupSummary(group, barrier)),
        comments: ratings
          .flatMap(r => (r.comment ? [r.comment] : []))
          .sort((a, b) => a.localeCompare(b, 'en')),
      };
    }),
    organisations: groups.map(group => groupSummary(group)),
  };
}
