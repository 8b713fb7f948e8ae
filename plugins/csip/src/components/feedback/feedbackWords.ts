import {
  FEEDBACK_BARRIER_LABELS,
  FEEDBACK_SEVERITY_LABELS,
  OTHER_ORGANISATIONS,
  type FeedbackBarrier,
  type FeedbackRound,
  type FeedbackSummary,
} from '@csip-coach/plugin-csip-common';
import { formatDate } from '../../util/formatDate';

/** The name a group of organisations is shown under. @internal */
export const groupName = (organisation: string) =>
  organisation === OTHER_ORGANISATIONS ? 'Other organisations' : organisation;

/** A mean severity in words: "1.5 (between Minor and Significant)". @internal */
export function describeSeverity(mean: number | null): string {
  if (mean === null) return 'Not shown (fewer than 3 answers)';
  const low = FEEDBACK_SEVERITY_LABELS[Math.floor(mean)];
  const high = FEEDBACK_SEVERITY_LABELS[Math.ceil(mean)];
  return low === high
    ? `${mean} (${low})`
    : `${mean} (between ${low} and ${high})`;
}

/** How many answered, in words: "1 answer", "3 answers". @internal */
export const answers = (n: number) => `${n} answer${n === 1 ? '' : 's'}`;

/** A round's state in words: "Open until 14 Dec 2026 · 3 answers". @internal */
export function describeRound(round: FeedbackRound): string {
  const state = round.closed
    ? `Closed on ${formatDate(round.closesOn)}`
    : `Open until ${formatDate(round.closesOn)}`;
  return `${state} · ${answers(round.responses)}`;
}

/**
 * The chart's data in words, for screen readers: each barrier with its mean
 * severity per group.
 *
 * @internal
 */
export function describeSummaryChart(summary: FeedbackSummary): string {
  return summary.barriers
    .map(
      b =>
        `${FEEDBACK_BARRIER_LABELS[b.barrier]}: ${b.byOrganisation
          .map(
            g =>
              `${groupName(g.organisation)} ${
                g.meanSeverity === null ? 'not shown' : g.meanSeverity
              }`,
          )
          .join(', ')}`,
    )
    .join('; ');
}

/** The barriers the summary shows, most severe first (unrated last). @internal */
export function bySeverity(
  summary: FeedbackSummary,
): FeedbackSummary['barriers'] {
  return [...summary.barriers].sort(
    (a, b) => (b.meanSeverity ?? -1) - (a.meanSeverity ?? -1),
  );
}

/** A barrier's label. @internal */
export const barrierLabel = (barrier: FeedbackBarrier) =>
  FEEDBACK_BARRIER_LABELS[barrier];

/**
 * Where an action from feedback came from, in words: "From partnership
 * feedback: Mistrust".
 *
 * @internal
 */
export function describeFeedbackSource(source: {
  barrier?: FeedbackBarrier;
}): string {
  return source.barrier
    ? `From partnership feedback: ${FEEDBACK_BARRIER_LABELS[source.barrier]}`
    : 'From partnership feedback';
}
