import type { ActionStatus } from './actionSchema';
import { isOverdue } from './isOverdue';

/** How many days ahead an action counts as due soon. @public */
export const DUE_SOON_DAYS = 14;

/**
 * An action is due soon when it is open or in progress, not overdue, and due
 * within `days` days of `today` (an ISO date), today included.
 *
 * @public
 */
export function isDueSoon(
  action: { dueDate: string; status: ActionStatus },
  today: string = new Date().toISOString().slice(0, 10),
  days: number = DUE_SOON_DAYS,
): boolean {
  if (action.status === 'done' || action.status === 'dropped') return false;
  if (isOverdue(action, today)) return false;
  const until = Math.round(
    (Date.parse(action.dueDate) - Date.parse(today)) / 86_400_000,
  );
  return until <= days;
}
