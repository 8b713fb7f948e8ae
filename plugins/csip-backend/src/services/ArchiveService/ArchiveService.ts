import {
  csipProgrammeCreatePermission,
  Programme,
  ProgrammeArchive,
} from '@csip-coach/plugin-csip-common';
import type { Stores } from '../../database/createStores';
import { DatabaseArchiveStore } from '../../database/DatabaseArchiveStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeService } from '../ProgrammeService';
import { Caller } from '../types';
import { buildArchive } from './buildArchive';

/**
 * Export of a whole programme as a portable document, and import of such a
 * document as a new programme.
 *
 * @internal
 */
export class ArchiveService {
  static create(options: {
    stores: Stores;
    archives: DatabaseArchiveStore;
    programmeService: ProgrammeService;
    authorizer: ProgrammeAuthorizer;
  }): ArchiveService {
    return new ArchiveService(options);
  }

  private constructor(
    private readonly options: {
      stores: Stores;
      archives: DatabaseArchiveStore;
      programmeService: ProgrammeService;
      authorizer: ProgrammeAuthorizer;
    },
  ) {}

  /** Everyone who can read the programme can export it. */
  async exportProgramme(id: string, caller: Caller): Promise<ProgrammeArchive> {
    const programme = await this.options.programmeService.getProgramme(
      id,
      caller,
    );
    return buildArchive(programme, this.options.stores, caller.userRef);
  }

  /** Importing creates a programme, so it needs the create permission. */
  async importProgramme(
    archive: ProgrammeArchive,
    caller: Caller,
  ): Promise<Programme> {
    await this.options.authorizer.authorize(
      csipProgrammeCreatePermission,
      caller.credentials,
    );
    const id = await this.options.archives.importArchive(archive);
    return this.options.programmeService.getProgramme(id, caller);
  }
}
