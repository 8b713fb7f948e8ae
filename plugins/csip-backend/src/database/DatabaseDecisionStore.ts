import { randomUUID } from 'node:crypto';
import { DatabaseService } from '@backstage/backend-plugin-api';
import type { Decision } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from './applyDatabaseMigrations';
import { DecisionStore, NewDecision } from './DecisionStore';

type DecisionRow = {
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

function toDecision(row: DecisionRow): Decision {
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
 * Knex implementation of {@link DecisionStore}: inserts only, never updates.
 *
 * @internal
 */
export class DatabaseDecisionStore implements DecisionStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseDecisionStore> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await applyDatabaseMigrations(knex);
    }
    return new DatabaseDecisionStore(knex);
  }

  private constructor(private readonly db: Knex) {}

  /** The same store, reading and writing inside `tx`. */
  withTransaction(tx: Knex.Transaction): DatabaseDecisionStore {
    return new DatabaseDecisionStore(tx);
  }

  async recordDecision(decision: NewDecision): Promise<Decision> {
    const row: DecisionRow = {
      id: randomUUID(),
      programme_id: decision.programmeId,
      approach: decision.approach,
      rationale: decision.rationale,
      revisit_on: decision.revisitOn ?? null,
      answers: decision.answers ? JSON.stringify(decision.answers) : null,
      recommended: decision.recommended ?? null,
      decided_by: decision.decidedBy,
      decided_at: new Date().toISOString(),
    };
    await this.db<DecisionRow>('csip_approach_decisions').insert(row);
    return toDecision(row);
  }

  async listDecisions(programmeId: string): Promise<Decision[]> {
    const rows = await this.db<DecisionRow>('csip_approach_decisions')
      .where({ programme_id: programmeId })
      .orderBy('seq', 'desc');
    return rows.map(toDecision);
  }
}
