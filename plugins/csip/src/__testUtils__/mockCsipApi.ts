import type { CsipApi } from '../api';

/**
 * A {@link CsipApi} whose every method is a jest mock that rejects unless
 * overridden, for component tests.
 */
export function mockCsipApi(
  overrides: Partial<CsipApi> = {},
): jest.Mocked<CsipApi> {
  const notStubbed = (name: string) =>
    jest.fn(async () => {
      throw new Error(`CsipApi.${name} was not stubbed in this test`);
    });
  const api = {
    getHealth: notStubbed('getHealth'),
    listProgrammes: notStubbed('listProgrammes'),
    getProgramme: notStubbed('getProgramme'),
    createProgramme: notStubbed('createProgramme'),
    updateProgramme: notStubbed('updateProgramme'),
    listMembershipChanges: notStubbed('listMembershipChanges'),
    getPhaseStatus: notStubbed('getPhaseStatus'),
    movePhase: notStubbed('movePhase'),
    getRecommendation: notStubbed('getRecommendation'),
    listDecisions: notStubbed('listDecisions'),
    recordDecision: notStubbed('recordDecision'),
    getScope: notStubbed('getScope'),
    listScopeVersions: notStubbed('listScopeVersions'),
    publishScopeVersion: notStubbed('publishScopeVersion'),
    recordAgreement: notStubbed('recordAgreement'),
    listAwaitingMyAgreement: notStubbed('listAwaitingMyAgreement'),
    getMaturityModel: notStubbed('getMaturityModel'),
    getMaturity: notStubbed('getMaturity'),
    listReviews: notStubbed('listReviews'),
    getReview: notStubbed('getReview'),
    createReview: notStubbed('createReview'),
    updateReview: notStubbed('updateReview'),
    publishReview: notStubbed('publishReview'),
    amendReview: notStubbed('amendReview'),
    checkTone: notStubbed('checkTone'),
    getToneConfig: notStubbed('getToneConfig'),
    listActions: notStubbed('listActions'),
    createAction: notStubbed('createAction'),
    updateAction: notStubbed('updateAction'),
    getHandover: notStubbed('getHandover'),
    updateHandoverItem: notStubbed('updateHandoverItem'),
    addHandoverItem: notStubbed('addHandoverItem'),
    putSkills: notStubbed('putSkills'),
    exportProgramme: notStubbed('exportProgramme'),
    importProgramme: notStubbed('importProgramme'),
    downloadPortfolioCsv: notStubbed('downloadPortfolioCsv'),
  } as unknown as jest.Mocked<CsipApi>;
  for (const [name, impl] of Object.entries(overrides)) {
    (api as unknown as Record<string, jest.Mock>)[name] = jest.fn(
      impl as (...args: unknown[]) => unknown,
    );
  }
  return api;
}
