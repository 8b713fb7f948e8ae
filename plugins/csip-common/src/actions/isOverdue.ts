import type { ActionStatus } from './actionSchema';

/**
 * An action is overdue when its due date has passed (before `today`, an ISO
 * date) and it is still open or in progress.
 *
 * @public
 */
export function isOverdue(
  action: { dueDate: string; status: ActionStatus },
  today: string = new Date().toISOString().slice(0, 10),
): boolean {
  return (
    (action.status === 'open' || action.status === 'in-progress') &&
    action.dueDate < today
  );
}

/**
 * How overdue or due an action is, in words: "3 days overdue", "due today",
 * "due in 5 days", or "" once done or dropped.
 *
 * @public
 */
export function describeDue(
  action: { dueDate: string; status: ActionStatus },
  today: string = new Date().toISOString().slice(0, 10),
): string {
  if (action.status === 'done' || action.status === 'dropped') return '';
  const days = Math.round(
    (Date.parse(action.dueDate) - Date.parse(today)) / 86_400_000,
  );
  const n = (d: number) => `${d} day${d === 1 ? '' : 's'}`;
  if (days < 0) return `${n(-days)} overdue`;
  if (days === 0) return 'due today';
  return `due in ${n(days)}`;
}
