import type { Decision } from '@csip-coach/plugin-csip-common';

/** A decision as the service hands it to the store. @internal */
export type NewDecision = Omit<Decision, 'id' | 'decidedAt'>;

/**
 * Append-only persistence of implementation-approach decisions.
 *
 * @internal
 */
export interface DecisionStore {
  recordDecision(decision: NewDecision): Promise<Decision>;
  /** Newest first. */
  listDecisions(programmeId: string): Promise<Decision[]>;
}
