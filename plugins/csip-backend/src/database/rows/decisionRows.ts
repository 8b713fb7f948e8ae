import { randomUUID } from 'node:crypto';
import type { Decision } from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_approach_decisions`.
 *
 * @internal
 */
export type DecisionRow = {
  seq?: number;
  id: string;
  programme_id: string;
  approach: Decision['approach'];
  rationale: string;
  revisit_on: string | null;
  answers: string | null;
  recommended: Decision['approach'] | null;
  decided_by: string;
  decided_at: string;
};

/**
 * The decision of a row.
 *
 * @internal
 */
export function toDecision(row: DecisionRow): Decision {
  return {
    id: row.id,
    programmeId: row.programme_id,
    approach: row.approach,
    rationale: row.rationale,
    revisitOn: row.revisit_on ?? undefined,
    answers: row.answers ? JSON.parse(row.answers) : undefined,
    recommended: row.recommended ?? undefined,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
}

/**
 * The row of a new decision, with a new id.
 *
 * @internal
 */
export function toDecisionRow(decision: Omit<Decision, 'id'>): DecisionRow {
  return {
    id: randomUUID(),
    programme_id: decision.programmeId,
    approach: decision.approach,
    rationale: decision.rationale,
    revisit_on: decision.revisitOn ?? null,
    answers: decision.answers ? JSON.stringify(decision.answers) : null,
    recommended: decision.recommended ?? null,
    decided_by: decision.decidedBy,
    decided_at: decision.decidedAt,
  };
}
