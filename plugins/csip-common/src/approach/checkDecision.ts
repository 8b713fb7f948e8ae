import type { FieldIssue } from '../validation/describeIssues';
import type { DecisionCreate } from './approachSchema';
import { recommendApproach } from './recommendApproach';

/**
 * The rules a decision must meet beyond its schema: choosing against the
 * recommendation (or without answering the questionnaire) needs a rationale.
 * Returns the recommendation the decision was made against, if any, and the
 * issues (empty when the decision may be recorded).
 *
 * @public
 */
export function checkDecision(decision: DecisionCreate): {
  recommended?: DecisionCreate['approach'];
  issues: FieldIssue[];
} {
  const recommended = decision.answers
    ? recommendApproach(decision.answers).recommended
    : undefined;
  const issues: FieldIssue[] = [];
  if (!decision.rationale.trim()) {
    if (!recommended) {
      issues.push({
        field: 'rationale',
        message:
          'explain the choice, or answer the readiness questions to record it against a recommendation',
      });
    } else if (recommended !== decision.approach) {
      issues.push({
        field: 'rationale',
        message: `the recommendation was ${recommended}; choosing ${decision.approach} instead needs a rationale`,
      });
    }
  }
  return { recommended, issues };
}
