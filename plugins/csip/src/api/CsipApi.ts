import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  Agreement,
  AgreementCreate,
  AwaitingAgreement,
  Decision,
  DecisionCreate,
  Health,
  PhaseStatus,
  PhaseTransitionRequest,
  Programme,
  ProgrammeCreate,
  ProgrammeListQuery,
  ProgrammePage,
  ProgrammeUpdate,
  ReadinessAnswers,
  Recommendation,
  ScopeVersion,
  ScopeVersionCreate,
  ScopeView,
} from '@csip-coach/plugin-csip-common';

/**
 * The query of {@link CsipApi.listProgrammes}; every field is optional.
 *
 * @public
 */
export type ListProgrammesRequest = Partial<ProgrammeListQuery>;

/**
 * Client of the CSIP Coach backend (`/api/csip`).
 *
 * @public
 */
export interface CsipApi {
  getHealth(): Promise<Health>;
  listProgrammes(request?: ListProgrammesRequest): Promise<ProgrammePage>;
  getProgramme(id: string): Promise<Programme>;
  createProgramme(programme: ProgrammeCreate): Promise<Programme>;
  /** Updates with optimistic concurrency: a stale `version` fails with 409. */
  updateProgramme(id: string, update: ProgrammeUpdate): Promise<Programme>;
  getPhaseStatus(id: string): Promise<PhaseStatus>;
  /** Moves the programme; a blocked gate fails with 409 naming the unmet gates. */
  movePhase(id: string, request: PhaseTransitionRequest): Promise<Programme>;
  getRecommendation(answers: ReadinessAnswers): Promise<Recommendation>;
  listDecisions(id: string): Promise<{ items: Decision[] }>;
  recordDecision(id: string, decision: DecisionCreate): Promise<Decision>;
  /** The current scope version, its status, every approver and the diff. */
  getScope(id: string): Promise<ScopeView>;
  /** Every published version, newest first. */
  listScopeVersions(id: string): Promise<{ items: ScopeVersion[] }>;
  publishScopeVersion(
    id: string,
    scope: ScopeVersionCreate,
  ): Promise<ScopeVersion>;
  /** Agree or decline a version as the signed-in user. */
  recordAgreement(
    id: string,
    versionNumber: number,
    agreement: AgreementCreate,
  ): Promise<Agreement>;
  /** Current scope versions that wait for the signed-in user's decision. */
  listAwaitingMyAgreement(): Promise<{ items: AwaitingAgreement[] }>;
}

/**
 * The API reference of {@link CsipApi}.
 *
 * @public
 */
export const csipApiRef = createApiRef<CsipApi>({ id: 'plugin.csip.api' });
