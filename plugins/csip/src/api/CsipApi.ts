import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  Health,
  Programme,
  ProgrammeCreate,
  ProgrammeListQuery,
  ProgrammePage,
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
}

/**
 * The API reference of {@link CsipApi}.
 *
 * @public
 */
export const csipApiRef = createApiRef<CsipApi>({ id: 'plugin.csip.api' });
