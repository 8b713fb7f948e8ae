import type { Action, Review } from '@csip-coach/plugin-csip-common';
import { formatDate } from '../../../util/formatDate';
import { processName } from '../../../util/labels';
import { describeFeedbackSource } from '../../feedback/feedbackWords';

/** The views of the register the filter offers. */
export const ACTION_FILTERS = [
  { id: 'all', label: 'All' },
  { id: 'open', label: 'Open' },
  { id: 'overdue', label: 'Overdue' },
  { id: 'closed', label: 'Done or dropped' },
] as const;

/** One of {@link ACTION_FILTERS}. */
export type ActionFilter = (typeof ACTION_FILTERS)[number]['id'];

const isClosed = (a: Action) => a.status === 'done' || a.status === 'dropped';

/** Whether an action shows under a filter; open includes in progress. */
export function matchesFilter(action: Action, filter: ActionFilter): boolean {
  switch (filter) {
    case 'open':
      return !isClosed(action);
    case 'overdue':
      return action.overdue;
    case 'closed':
      return isClosed(action);
    default:
      return true;
  }
}

/** What the filter shows nothing for, as a sentence. */
export const NOTHING_MATCHES: Record<ActionFilter, string> = {
  all: 'No actions.',
  open: 'No open actions: everything is done or dropped.',
  overdue: 'Nothing is overdue.',
  closed: 'No action is done or dropped yet.',
};

/** The register in words: "5 open, 2 overdue, 3 done" (and dropped, if any). */
export function summariseActions(actions: Action[]): string {
  const count = (test: (a: Action) => boolean) => actions.filter(test).length;
  const parts = [
    `${count(a => !isClosed(a))} open`,
    `${count(a => a.overdue)} overdue`,
    `${count(a => a.status === 'done')} done`,
  ];
  const dropped = count(a => a.status === 'dropped');
  if (dropped > 0) parts.push(`${dropped} dropped`);
  return parts.join(', ');
}

/**
 * Where an action came from, in words: "Review of Change management,
 * 20 Nov 2026" (the date when the review is known), "From the scope", or
 * "Added by hand".
 */
export function describeSource(
  source: Action['source'],
  reviews: Pick<Review, 'id' | 'date'>[] = [],
): string {
  if (source.type === 'manual') return 'Added by hand';
  if (source.type === 'scope') return 'From the scope';
  if (source.type === 'feedback') return describeFeedbackSource(source);
  const what = source.process
    ? `Review of ${processName(source.process)}`
    : 'Review';
  const date = reviews.find(r => r.id === source.reviewId)?.date;
  return date ? `${what}, ${formatDate(date)}` : what;
}

/** Sorted by due date, earliest first, keeping the register's order on ties. */
export const byDueDate = (a: Action, b: Action) =>
  a.dueDate.localeCompare(b.dueDate);
