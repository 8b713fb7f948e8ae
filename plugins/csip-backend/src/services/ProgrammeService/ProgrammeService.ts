import { NotFoundError } from '@backstage/errors';
import {
  Programme,
  ProgrammeCreate,
  ProgrammeListQuery,
  ProgrammePage,
  withCreatorAsLead,
} from '@csip-coach/plugin-csip-common';
import { ProgrammeStore } from '../../database/ProgrammeStore';

/**
 * The rules around programmes; the router calls this, this calls the store.
 *
 * @internal
 */
export class ProgrammeService {
  static create(options: { store: ProgrammeStore }): ProgrammeService {
    return new ProgrammeService(options.store);
  }

  private constructor(private readonly store: ProgrammeStore) {}

  /** Creates a programme in `establish`; the creator becomes a lead. */
  async createProgramme(
    input: ProgrammeCreate,
    options: { userRef: string },
  ): Promise<Programme> {
    return this.store.createProgramme({
      ...input,
      members: withCreatorAsLead(input.members, options.userRef),
      createdBy: options.userRef,
    });
  }

  async getProgramme(id: string): Promise<Programme> {
    const programme = await this.store.getProgramme(id);
    if (!programme) {
      throw new NotFoundError(`No programme with id '${id}'`);
    }
    return programme;
  }

  async listProgrammes(query: ProgrammeListQuery): Promise<ProgrammePage> {
    return this.store.listProgrammes(query);
  }
}
