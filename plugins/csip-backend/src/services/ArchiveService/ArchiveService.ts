import {
  PROGRAMME_ACTION_RULES,
  Programme,
  ProgrammeArchive,
} from '@csip-coach/plugin-csip-common';
import type { Stores } from '../../database/createStores';
import { DatabaseArchiveStore } from '../../database/DatabaseArchiveStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { CatalogRefValidator, newProgrammeRefs } from '../CatalogRefValidator';
import { ProgrammeService } from '../ProgrammeService';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';
import { buildArchive } from './buildArchive';

/** What the archive service works with. @internal */
export type ArchiveServiceOptions = {
  stores: Stores;
  archives: DatabaseArchiveStore;
  programmeService: ProgrammeService;
  authorizer: ProgrammeAuthorizer;
  writer: ProgrammeWriter;
  /** Checks the imported programme's owner and member refs. */
  catalogRefs: CatalogRefValidator;
};

/**
 * Export of a whole programme as a portable document, and import of such a
 * document as a new programme.
 *
 * @internal
 */
export class ArchiveService {
  static create(options: ArchiveServiceOptions): ArchiveService {
    return new ArchiveService(options);
  }

  private constructor(private readonly options: ArchiveServiceOptions) {}

  /** Everyone who can read the programme can export it. */
  async exportProgramme(id: string, caller: Caller): Promise<ProgrammeArchive> {
    const programme = await this.options.programmeService.getProgramme(
      id,
      caller,
    );
    return buildArchive(programme, this.options.stores, caller.userRef);
  }

  /**
   * Importing needs the `csip.programme.import` permission (an admin's
   * task: the records keep their original authors, so who may bring them
   * in is the portal's decision). The programme, its records and its status
   * are written in one transaction and carry the provenance. The
   * programme's owner and members must be in this portal's catalog; the
   * authors of its history are kept as they were.
   */
  async importProgramme(
    archive: ProgrammeArchive,
    caller: Caller,
  ): Promise<Programme> {
    await this.options.authorizer.authorize(
      PROGRAMME_ACTION_RULES.importProgramme.permission,
      caller.credentials,
    );
    await this.options.catalogRefs.check(
      newProgrammeRefs(archive.programme, 'programme.'),
      'programme export',
    );
    const id = await this.options.writer.create(stores =>
      stores.archives.importArchive(archive, {
        importedBy: caller.userRef,
        importedAt: new Date().toISOString(),
      }),
    );
    // The importer gets back what they imported even when a members-only
    // read policy would not let them read it later: a read check here would
    // answer 403 after the import committed.
    return (await this.options.stores.programmes.getProgramme(id))!;
  }
}
