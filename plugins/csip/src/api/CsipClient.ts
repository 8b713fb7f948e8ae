import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
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
import { CsipApi, ListProgrammesRequest } from './CsipApi';

/**
 * {@link CsipApi} over HTTP, through the portal's discovery and fetch APIs
 * (so the signed-in user's token goes with every call).
 *
 * @public
 */
export class CsipClient implements CsipApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getHealth(): Promise<Health> {
    return this.request('/health');
  }

  listProgrammes(request: ListProgrammesRequest = {}): Promise<ProgrammePage> {
    return this.request(`/programmes${queryString(request)}`);
  }

  async downloadPortfolioCsv(
    request: ListProgrammesRequest = {},
  ): Promise<Blob> {
    const { limit: _limit, cursor: _cursor, ...query } = request;
    const response = await this.fetchOk(`/programmes.csv${queryString(query)}`);
    return response.blob();
  }

  getProgramme(id: string): Promise<Programme> {
    return this.request(`/programmes/${encodeURIComponent(id)}`);
  }

  createProgramme(programme: ProgrammeCreate): Promise<Programme> {
    return this.request('/programmes', { method: 'POST', body: programme });
  }

  updateProgramme(id: string, update: ProgrammeUpdate): Promise<Programme> {
    return this.request(`/programmes/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: update,
    });
  }

  listMembershipChanges(id: string): Promise<{ items: MembershipChange[] }> {
    return this.request(
      `/programmes/${encodeURIComponent(id)}/members/history`,
    );
  }

  getPhaseStatus(id: string): Promise<PhaseStatus> {
    return this.request(`/programmes/${encodeURIComponent(id)}/phase`);
  }

  movePhase(id: string, request: PhaseTransitionRequest): Promise<Programme> {
    return this.request(`/programmes/${encodeURIComponent(id)}/phase`, {
      method: 'POST',
      body: request,
    });
  }

  getRecommendation(answers: ReadinessAnswers): Promise<Recommendation> {
    return this.request('/approach/recommendation', {
      method: 'POST',
      body: { answers },
    });
  }

  listDecisions(id: string): Promise<{ items: Decision[] }> {
    return this.request(
      `/programmes/${encodeURIComponent(id)}/approach/decisions`,
    );
  }

  recordDecision(id: string, decision: DecisionCreate): Promise<Decision> {
    return this.request(
      `/programmes/${encodeURIComponent(id)}/approach/decisions`,
      { method: 'POST', body: decision },
    );
  }

  getScope(id: string): Promise<ScopeView> {
    return this.request(`/programmes/${encodeURIComponent(id)}/scope`);
  }

  listScopeVersions(id: string): Promise<{ items: ScopeVersion[] }> {
    return this.request(`/programmes/${encodeURIComponent(id)}/scope/versions`);
  }

  publishScopeVersion(
    id: string,
    scope: ScopeVersionCreate,
  ): Promise<ScopeVersion> {
    return this.request(
      `/programmes/${encodeURIComponent(id)}/scope/versions`,
      {
        method: 'POST',
        body: scope,
      },
    );
  }

  recordAgreement(
    id: string,
    versionNumber: number,
    agreement: AgreementCreate,
  ): Promise<Agreement> {
    return this.request(
      `/programmes/${encodeURIComponent(
        id,
      )}/scope/versions/${versionNumber}/agreements`,
      { method: 'POST', body: agreement },
    );
  }

  listAwaitingMyAgreement(): Promise<{ items: AwaitingAgreement[] }> {
    return this.request('/scope/awaiting-my-agreement');
  }

  getMaturityModel(): Promise<MaturityModel> {
    return this.request('/maturity-model');
  }

  getMaturity(id: string): Promise<MaturityView> {
    return this.request(`/programmes/${encodeURIComponent(id)}/maturity`);
  }

  listReviews(id: string): Promise<{ items: Review[] }> {
    return this.request(`/programmes/${encodeURIComponent(id)}/reviews`);
  }

  getReview(reviewId: string): Promise<Review> {
    return this.request(`/reviews/${encodeURIComponent(reviewId)}`);
  }

  createReview(id: string, review: ReviewCreateRequest): Promise<Review> {
    return this.request(`/programmes/${encodeURIComponent(id)}/reviews`, {
      method: 'POST',
      body: review,
    });
  }

  updateReview(reviewId: string, update: ReviewUpdate): Promise<Review> {
    return this.request(`/reviews/${encodeURIComponent(reviewId)}`, {
      method: 'PATCH',
      body: update,
    });
  }

  publishReview(reviewId: string, request: ReviewPublish): Promise<Review> {
    return this.request(`/reviews/${encodeURIComponent(reviewId)}/publish`, {
      method: 'POST',
      body: request,
    });
  }

  amendReview(reviewId: string, amendment: ReviewAmendment): Promise<Review> {
    return this.request(`/reviews/${encodeURIComponent(reviewId)}/amendments`, {
      method: 'POST',
      body: amendment,
    });
  }

  checkTone(text: string): Promise<{ findings: ToneFinding[] }> {
    return this.request('/tone/check', { method: 'POST', body: { text } });
  }

  getToneConfig(): Promise<ToneConfig> {
    return this.request('/tone/config');
  }

  listActions(id: string): Promise<{ items: Action[] }> {
    return this.request(`/programmes/${encodeURIComponent(id)}/actions`);
  }

  createAction(id: string, action: ActionCreate): Promise<Action> {
    return this.request(`/programmes/${encodeURIComponent(id)}/actions`, {
      method: 'POST',
      body: action,
    });
  }

  updateAction(actionId: string, update: ActionUpdate): Promise<Action> {
    return this.request(`/actions/${encodeURIComponent(actionId)}`, {
      method: 'PATCH',
      body: update,
    });
  }

  getHandover(id: string): Promise<HandoverView> {
    return this.request(`/programmes/${encodeURIComponent(id)}/handover`);
  }

  updateHandoverItem(
    itemId: string,
    update: HandoverItemUpdate,
  ): Promise<HandoverItem> {
    return this.request(`/handover/items/${encodeURIComponent(itemId)}`, {
      method: 'PATCH',
      body: update,
    });
  }

  addHandoverItem(id: string, item: HandoverItemCreate): Promise<HandoverItem> {
    return this.request(
      `/programmes/${encodeURIComponent(id)}/handover/items`,
      { method: 'POST', body: item },
    );
  }

  putSkills(id: string, skills: SkillsMatrixUpdate): Promise<SkillsMatrix> {
    return this.request(`/programmes/${encodeURIComponent(id)}/skills`, {
      method: 'PUT',
      body: skills,
    });
  }

  exportProgramme(id: string): Promise<ProgrammeArchive> {
    return this.request(`/programmes/${encodeURIComponent(id)}/export`);
  }

  importProgramme(archive: unknown): Promise<Programme> {
    return this.request('/import', { method: 'POST', body: archive });
  }

  private async request<T>(
    path: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<T> {
    const response = await this.fetchOk(path, init);
    return (await response.json()) as T;
  }

  /** Calls the backend; a non-2xx answer becomes a `ResponseError`. */
  private async fetchOk(
    path: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('csip');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers:
        init.body === undefined
          ? undefined
          : { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}

/** `?a=1&b=2` of the defined, non-empty values; '' when there are none. */
function queryString(request: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
