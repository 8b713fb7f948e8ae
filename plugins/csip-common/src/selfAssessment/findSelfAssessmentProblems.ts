import type { ProcessDefinition } from '../maturity/maturityModelSchema';
import type { FieldIssue } from '../validation/describeIssues';

/**
 * What is wrong with a self-assessment against the maturity model: a
 * process the model does not have, or a rated criterion that is not one of
 * the process's (by field, such as `ratings.2.criterionId`). Empty when
 * nothing is.
 *
 * @public
 */
export function findSelfAssessmentProblems(
  processes: ReadonlyArray<Pick<ProcessDefinition, 'id' | 'criteria'>>,
  input: { process: string; ratings: ReadonlyArray<{ criterionId: string }> },
): FieldIssue[] {
  const process = processes.find(p => p.id === input.process);
  if (!process) {
    return [
      {
        field: 'process',
        message: `'${
          input.process
        }' is not a process of the maturity model (one of ${processes
          .map(p => p.id)
          .join(', ')})`,
      },
    ];
  }
  const known = new Set(process.criteria.map(c => c.id));
  return input.ratings.flatMap((rating, index) =>
    known.has(rating.criterionId)
      ? []
      : [
          {
            field: `ratings.${index}.criterionId`,
            message: `'${rating.criterionId}' is not a criterion of ${process.id}`,
          },
        ],
  );
}
