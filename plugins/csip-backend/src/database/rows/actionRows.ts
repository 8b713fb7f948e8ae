import {
  isOverdue,
  type Action,
  type FeedbackBarrier,
} from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_actions`.
 *
 * @internal
 */
export type ActionRow = {
  id: string;
  programme_id: string;
  description: string;
  owner: string;
  measure: string;
  due_date: string;
  status: Action['status'];
  source_type: Action['source']['type'];
  source_review_id: string | null;
  source_process: string | null;
  source_round_id: string | null;
  source_barrier: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
};

/**
 * The action of a row, with whether it is overdue today.
 *
 * @internal
 */
export function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    programmeId: row.programme_id,
    description: row.description,
    owner: row.owner,
    measure: row.measure,
    dueDate: row.due_date,
    status: row.status,
    source: {
      type: row.source_type,
      ...(row.source_review_id && { reviewId: row.source_review_id }),
      ...(row.source_process && { process: row.source_process }),
      ...(row.source_round_id && { feedbackRoundId: row.source_round_id }),
      ...(row.source_barrier && {
        barrier: row.source_barrier as FeedbackBarrier,
      }),
    },
    overdue: isOverdue({ dueDate: row.due_date, status: row.status }),
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The row of an action (`overdue` is derived, not stored).
 *
 * @internal
 */
export function toActionRow(action: Omit<Action, 'overdue'>): ActionRow {
  return {
    id: action.id,
    programme_id: action.programmeId,
    description: action.description,
    owner: action.owner,
    measure: action.measure,
    due_date: action.dueDate,
    status: action.status,
    source_type: action.source.type,
    source_review_id: action.source.reviewId ?? null,
    source_process: action.source.process ?? null,
    source_round_id: action.source.feedbackRoundId ?? null,
    source_barrier: action.source.barrier ?? null,
    version: action.version,
    created_by: action.createdBy,
    created_at: action.createdAt,
    updated_at: action.updatedAt,
  };
}
