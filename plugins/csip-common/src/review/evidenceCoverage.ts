/** How many of a review's ratings carry evidence. @public */
export type EvidenceCoverage = {
  /** Ratings with at least one piece of evidence. */
  withEvidence: number;
  /** Every rating given, Not applicable ones included. */
  rated: number;
};

/**
 * How many of the ratings given carry at least one piece of evidence ("note
 * where you looked"). Every rating counts, Not applicable ones too: their
 * evidence shows why the criterion does not apply.
 *
 * @public
 */
export function evidenceCoverage(
  ratings: ReadonlyArray<{ evidence?: readonly unknown[] }>,
): EvidenceCoverage {
  return {
    withEvidence: ratings.filter(r => (r.evidence?.length ?? 0) > 0).length,
    rated: ratings.length,
  };
}

/**
 * The evidence coverage in words: "3 of 12 ratings have evidence", "No
 * rating yet".
 *
 * @public
 */
export function describeEvidenceCoverage(coverage: EvidenceCoverage): string {
  const { withEvidence, rated } = coverage;
  if (rated === 0) return 'No rating yet, so no evidence either';
  return `${withEvidence} of ${rated} rating${rated === 1 ? '' : 's'} ${
    rated === 1 ? 'has' : 'have'
  } evidence`;
}
