import type {
  Programme,
  ProgrammeCreate,
  ProgrammeListQuery,
  ProgrammePage,
} from '@csip-coach/plugin-csip-common';

/**
 * A new programme as the service hands it to the store: validated input,
 * the final member list and who created it.
 *
 * @internal
 */
export type NewProgramme = ProgrammeCreate & { createdBy: string };

/**
 * Persistence of programmes and their members.
 *
 * @internal
 */
export interface ProgrammeStore {
  createProgramme(programme: NewProgramme): Promise<Programme>;
  getProgramme(id: string): Promise<Programme | undefined>;
  listProgrammes(query: ProgrammeListQuery): Promise<ProgrammePage>;
}
