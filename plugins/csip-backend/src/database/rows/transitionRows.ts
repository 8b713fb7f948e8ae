import { randomUUID } from 'node:crypto';
import type { PhaseTransition } from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_phase_transitions`.
 *
 * @internal
 */
export type TransitionRow = {
  seq?: number;
  id: string;
  programme_id: string;
  from_phase: PhaseTransition['from'];
  to_phase: PhaseTransition['to'];
  reason: string | null;
  moved_by: string;
  moved_at: string;
};

/**
 * The phase transition of a row.
 *
 * @internal
 */
export function toTransition(row: TransitionRow): PhaseTransition {
  return {
    id: row.id,
    programmeId: row.programme_id,
    from: row.from_phase,
    to: row.to_phase,
    reason: row.reason ?? undefined,
    movedBy: row.moved_by,
    movedAt: row.moved_at,
  };
}

/**
 * The row of a new phase transition, with a new id.
 *
 * @internal
 */
export function toTransitionRow(
  transition: Omit<PhaseTransition, 'id'>,
): TransitionRow {
  return {
    id: randomUUID(),
    programme_id: transition.programmeId,
    from_phase: transition.from,
    to_phase: transition.to,
    reason: transition.reason ?? null,
    moved_by: transition.movedBy,
    moved_at: transition.movedAt,
  };
}
