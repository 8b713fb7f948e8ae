import type {
  PhaseTransition,
  Programme,
  ProgrammeCreate,
  ProgrammeListQuery,
  ProgrammeMember,
  ProgrammePage,
  ProgrammePhase,
  ProgrammeSummary,
  ProgrammeUpdate,
} from '@csip-coach/plugin-csip-common';
import type { PortfolioQuery, ReadFilter } from './portfolioQuery';

/**
 * A new programme as the service hands it to the store: validated input,
 * the final member list and who created it.
 *
 * @internal
 */
export type NewProgramme = ProgrammeCreate & {
  createdBy: string;
  /** Demo data only: start in another phase. */
  phase?: ProgrammePhase;
};

/** A phase move as the service hands it to the store. @internal */
export type PhaseMove = {
  programmeId: string;
  from: ProgrammePhase;
  to: ProgrammePhase;
  reason?: string;
  movedBy: string;
};

/**
 * Persistence of programmes, their members and phase history.
 *
 * @internal
 */
export interface ProgrammeStore {
  createProgramme(programme: NewProgramme): Promise<Programme>;
  getProgramme(id: string): Promise<Programme | undefined>;
  /** Several programmes at once, in the order asked for; ids with no programme are left out. */
  getProgrammes(ids: readonly string[]): Promise<Map<string, Programme>>;
  /**
   * A page of the portfolio: filtered, permission-checked (`read`) and
   * sorted in the database, with each programme's derived status.
   */
  listProgrammes(
    query: PortfolioQuery & Pick<ProgrammeListQuery, 'limit' | 'cursor'>,
    read?: ReadFilter,
  ): Promise<ProgrammePage>;
  /** Every programme matching the query, up to `max`, for exports. */
  listAllProgrammes(
    query: PortfolioQuery,
    read: ReadFilter,
    max: number,
  ): Promise<ProgrammeSummary[]>;
  /** Members of several programmes at once, by programme id. */
  getMembers(ids: string[]): Promise<Map<string, ProgrammeMember[]>>;
  /**
   * Applies the update when `update.version` is the stored version, and
   * bumps it; throws ConflictError when stale, NotFoundError when missing.
   */
  updateProgramme(id: string, update: ProgrammeUpdate): Promise<Programme>;
  /**
   * Records a phase move and bumps the version; throws ConflictError when
   * the programme is no longer in `from`.
   */
  movePhase(move: PhaseMove): Promise<Programme>;
  /** Oldest first. */
  listTransitions(programmeId: string): Promise<PhaseTransition[]>;
  /** The transitions of several programmes at once, oldest first. */
  listTransitionsOf(
    programmeIds: readonly string[],
  ): Promise<Map<string, PhaseTransition[]>>;
}
