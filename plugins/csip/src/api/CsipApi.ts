import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  csipEndpoints,
  EndpointClient,
  ProgrammeListQuery,
} from '@csip-coach/plugin-csip-common';

/**
 * The query of `CsipApi.listProgrammes` and `downloadPortfolioCsv`; every
 * field is optional.
 *
 * @public
 */
export type ListProgrammesRequest = Partial<ProgrammeListQuery>;

/**
 * Client of the CSIP Coach backend (`/api/csip`): one method per endpoint of
 * `csipEndpoints` (whose `summary` says what it does), named as its key,
 * taking the endpoint's path parameters in order, then its query (optional)
 * or body, e.g. `updateProgramme(id, update)`,
 * `recordAgreement(id, versionNumber, agreement)`, `listProgrammes(request?)`.
 *
 * @public
 */
export type CsipApi = EndpointClient<typeof csipEndpoints>;

/**
 * The API reference of {@link CsipApi}.
 *
 * @public
 */
export const csipApiRef = createApiRef<CsipApi>({ id: 'plugin.csip.api' });
