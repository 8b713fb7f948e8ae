import type {
  Action,
  Decision,
  HandoverView,
  MaturityView,
  PhaseStatus,
  Programme,
  Review,
  ScopeVersion,
  ScopeView,
} from '@csip-coach/plugin-csip-common';
import type { CsipApi } from '../../../api';

/** One part of the report: loaded, or the reason it could not be. */
export type ReportPart<T> = { value: T; error?: never } | { error: unknown };

/** Everything the report shows, each part loaded on its own. */
export type ReportData = {
  programme: Programme;
  /** When the data was read, for the "Report generated on" line. */
  generatedAt: string;
  phase: ReportPart<PhaseStatus>;
  decisions: ReportPart<Decision[]>;
  scope: ReportPart<{ view: ScopeView; versions: ScopeVersion[] }>;
  maturity: ReportPart<MaturityView>;
  reviews: ReportPart<Review[]>;
  actions: ReportPart<Action[]>;
  handover: ReportPart<HandoverView>;
};

const settle = <T>(promise: Promise<T>): Promise<ReportPart<T>> =>
  promise.then(
    value => ({ value }),
    error => ({ error }),
  );

/**
 * Loads every part of a programme's report in parallel. Only the programme
 * itself is required; any other part that fails is reported in its section
 * so the rest of the report can still be read and printed.
 */
export async function loadReport(
  csipApi: CsipApi,
  programmeId: string,
): Promise<ReportData> {
  const [
    programme,
    phase,
    decisions,
    scope,
    maturity,
    reviews,
    actions,
    handover,
  ] = await Promise.all([
    csipApi.getProgramme(programmeId),
    settle(csipApi.getPhaseStatus(programmeId)),
    settle(csipApi.listDecisions(programmeId).then(r => r.items)),
    settle(
      Promise.all([
        csipApi.getScope(programmeId),
        csipApi.listScopeVersions(programmeId),
      ]).then(([view, versions]) => ({ view, versions: versions.items })),
    ),
    settle(csipApi.getMaturity(programmeId)),
    settle(csipApi.listReviews(programmeId).then(r => r.items)),
    settle(csipApi.listActions(programmeId).then(r => r.items)),
    settle(csipApi.getHandover(programmeId)),
  ]);
  return {
    programme,
    generatedAt: new Date().toISOString(),
    phase,
    decisions,
    scope,
    maturity,
    reviews,
    actions,
    handover,
  };
}
