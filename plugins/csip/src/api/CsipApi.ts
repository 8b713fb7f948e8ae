import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  Action,
  ActionCreate,
  ActionUpdate,
  Agreement,
  AgreementCreate,
  AwaitingAgreement,
  Decision,
  DecisionCreate,
  HandoverItem,
  HandoverItemCreate,
  HandoverItemUpdate,
  HandoverView,
  Health,
  MaturityModel,
  MaturityView,
  MembershipChange,
  PhaseStatus,
  PhaseTransitionRequest,
  Programme,
  ProgrammeArchive,
  ProgrammeCreate,
  ProgrammeListQuery,
  ProgrammePage,
  ProgrammeUpdate,
  ReadinessAnswers,
  Recommendation,
  Review,
  ReviewAmendment,
  ReviewCreateRequest,
  ReviewPublish,
  ReviewUpdate,
  ScopeVersion,
  ScopeVersionCreate,
  ScopeView,
  SkillsMatrix,
  SkillsMatrixUpdate,
  ToneConfig,
  ToneFinding,
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
  /**
   * Every recorded change of the programme's members (who, when, the list
   * before and after), oldest first.
   */
  listMembershipChanges(id: string): Promise<{ items: MembershipChange[] }>;
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
  /** Processes, capability levels, ratings and criteria. */
  getMaturityModel(): Promise<MaturityModel>;
  /** Per process: current level, target, trend, calibration gap. */
  getMaturity(id: string): Promise<MaturityView>;
  /** Every review of a programme, drafts included, newest first. */
  listReviews(id: string): Promise<{ items: Review[] }>;
  getReview(reviewId: string): Promise<Review>;
  /** Starts a draft review as the signed-in coach. */
  createReview(id: string, review: ReviewCreateRequest): Promise<Review>;
  /** Edits a draft; a stale `version` or a published review fails with 409. */
  updateReview(reviewId: string, update: ReviewUpdate): Promise<Review>;
  /** Publishes a draft; open tone findings need `acknowledgeTone`. */
  publishReview(reviewId: string, request: ReviewPublish): Promise<Review>;
  /** Records a published correction of a published review. */
  amendReview(reviewId: string, amendment: ReviewAmendment): Promise<Review>;
  /** The tone checker on the server (the editor runs the same function locally). */
  checkTone(text: string): Promise<{ findings: ToneFinding[] }>;
  /** The portal's `csip.tone` additions, which the editor's checker uses too. */
  getToneConfig(): Promise<ToneConfig>;
  listActions(id: string): Promise<{ items: Action[] }>;
  createAction(id: string, action: ActionCreate): Promise<Action>;
  /** Updates with optimistic concurrency: a stale `version` fails with 409. */
  updateAction(actionId: string, update: ActionUpdate): Promise<Action>;
  /** Checklist, knowledge-transfer score, coverage, fade-out, readiness, summit. */
  getHandover(id: string): Promise<HandoverView>;
  /** Members mark items; only coaches verify; evidence is required for both. */
  updateHandoverItem(
    itemId: string,
    update: HandoverItemUpdate,
  ): Promise<HandoverItem>;
  /** Adds a custom checklist item (leads and coaches). */
  addHandoverItem(id: string, item: HandoverItemCreate): Promise<HandoverItem>;
  /** Replaces the skills matrix (leads and coaches); a stale `version` fails with 409. */
  putSkills(id: string, skills: SkillsMatrixUpdate): Promise<SkillsMatrix>;
  /** The whole programme as one portable, id-free JSON document. */
  exportProgramme(id: string): Promise<ProgrammeArchive>;
  /**
   * Imports an export as a new programme; an invalid document fails with 400
   * naming the offending fields, a caller who may not create programmes with 403.
   */
  importProgramme(archive: unknown): Promise<Programme>;
  /** The portfolio under the same filters and sort, as CSV. */
  downloadPortfolioCsv(request?: ListProgrammesRequest): Promise<Blob>;
}

/**
 * The API reference of {@link CsipApi}.
 *
 * @public
 */
export const csipApiRef = createApiRef<CsipApi>({ id: 'plugin.csip.api' });
