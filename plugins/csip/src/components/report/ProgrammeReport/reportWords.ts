import {
  ACTION_STATUS_NAMES,
  describeDue,
  effectiveReviews,
  isOverdue,
  SUMMIT_CAMP_NAMES,
  SUMMIT_CAMPS,
  type Action,
  type Decision,
  type Programme,
  type ProgrammeRole,
  type Review,
  type SummitProgress,
} from '@csip-coach/plugin-csip-common';
import { formatDate } from '../../../util/formatDate';
import { PROGRAMME_ROLES } from '../../../util/labels';

/** The people holding each role, every role listed, in the usual order. */
export function membersByRole(
  members: Programme['members'],
): Array<{ role: ProgrammeRole; people: string[] }> {
  return PROGRAMME_ROLES.map(role => ({
    role,
    people: [
      ...new Set(members.filter(m => m.role === role).map(m => m.userRef)),
    ],
  }));
}

/** The most recent approach decision, whatever order they come in. */
export function latestDecision(decisions: Decision[]): Decision | undefined {
  return [...decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))[
    decisions.length - 1
  ];
}

/**
 * The review that counts for each process: the latest effective published
 * one (an amendment replaces what it amends; drafts never count), in the
 * order the processes are given, then any other process reviewed.
 */
export function latestReviewPerProcess(
  reviews: Review[],
  processOrder: string[],
): Review[] {
  const latest = new Map<string, Review>();
  for (const review of effectiveReviews(reviews)) {
    latest.set(review.process, review);
  }
  const order = [
    ...processOrder,
    ...[...latest.keys()].filter(p => !processOrder.includes(p)),
  ];
  return order.flatMap(p => {
    const review = latest.get(p);
    return review ? [review] : [];
  });
}

const isClosed = (a: Action) => a.status === 'done' || a.status === 'dropped';
const overdue = (a: Action) => a.overdue || isOverdue(a);

const rank = (a: Action) => {
  if (overdue(a)) return 0;
  if (!isClosed(a)) return 1;
  return a.status === 'done' ? 2 : 3;
};

/** Overdue first, then open and in progress, then done, then dropped; each by due date. */
export function registerOrder(actions: Action[]): Action[] {
  return [...actions].sort(
    (a, b) => rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate),
  );
}

/** The register in words: "5 actions: 3 open (2 overdue), 1 done, 1 dropped". */
export function summariseRegister(actions: Action[]): string {
  const count = (test: (a: Action) => boolean) => actions.filter(test).length;
  const open = count(a => !isClosed(a));
  return `${actions.length} action${
    actions.length === 1 ? '' : 's'
  }: ${open} open (${count(overdue)} overdue), ${count(
    a => a.status === 'done',
  )} done, ${count(a => a.status === 'dropped')} dropped`;
}

/** An action's due date with how due it is: "20 Nov 2026 — 3 days overdue". */
export function describeDueDate(action: Action): string {
  const due = describeDue(action);
  return due
    ? `${formatDate(action.dueDate)} — ${due}`
    : formatDate(action.dueDate);
}

/** An action's status as people read it, saying so when it is overdue. */
export function describeStatus(action: Action): string {
  const status = ACTION_STATUS_NAMES[action.status];
  return overdue(action) ? `${status}, overdue` : status;
}

/**
 * Where the climb to the agreed targets stands, in words: "Base camp, 50 %
 * of the way to the agreed targets; next: Camp 2 at 55 %".
 */
export function describeSummit(summit: SummitProgress): string {
  if (summit.percent === null) {
    return 'No agreed targets yet, so there is no climb to show';
  }
  const where = `${SUMMIT_CAMP_NAMES[summit.camp]}, ${
    summit.percent
  } % of the way to the agreed targets`;
  if (summit.camp === 'summit') return `${where}: every target is met`;
  const next = SUMMIT_CAMPS.find(c => c.percent > summit.percent!);
  return next ? `${where}; next: ${next.name} at ${next.percent} %` : where;
}

/**
 * The props of a part of the report that names processes, built in or
 * from the portal's maturity model.
 *
 * @internal
 */
export type WithProcessNames = { processName: (id: string) => string };
