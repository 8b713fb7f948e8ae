import type { Agreement } from '@csip-coach/plugin-csip-common';

/**
 * How one recorded decision reads after the approver's earlier ones on the
 * same version: their `first`, a `changed` mind, or the same decision `again`.
 *
 * @internal
 */
export type DecisionStep = 'first' | 'changed' | 'again';

/** A recorded decision and how it follows the approver's previous one. @internal */
export type DescribedDecision = { agreement: Agreement; step: DecisionStep };

const key = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * The decisions of a version in the order given (oldest first), each with
 * how it follows the same approver's previous decision.
 *
 * @internal
 */
export function describeDecisions(
  agreements: Agreement[],
): DescribedDecision[] {
  const latest = new Map<string, Agreement['decision']>();
  return agreements.map(agreement => {
    const previous = latest.get(key(agreement.userRef));
    latest.set(key(agreement.userRef), agreement.decision);
    let step: DecisionStep = 'first';
    if (previous) step = previous === agreement.decision ? 'again' : 'changed';
    return { agreement, step };
  });
}
