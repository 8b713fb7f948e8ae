import type { Decision } from '@csip-coach/plugin-csip-common';
import { DecisionStore, NewDecision } from './DecisionStore';
import { KnexStore } from './KnexStore';
import { DecisionRow, toDecision, toDecisionRow } from './rows/decisionRows';

/**
 * Knex implementation of {@link DecisionStore}: inserts only, never updates.
 *
 * @internal
 */
export class DatabaseDecisionStore extends KnexStore implements DecisionStore {
  async recordDecision(decision: NewDecision): Promise<Decision> {
    const row = toDecisionRow({
      ...decision,
      decidedAt: new Date().toISOString(),
    });
    await this.db<DecisionRow>('csip_approach_decisions').insert(row);
    return toDecision(row);
  }

  /** Newest first. */
  listDecisions = this.programmeList('csip_approach_decisions', toDecision, [
    { column: 'seq', order: 'desc' },
  ]);
}
