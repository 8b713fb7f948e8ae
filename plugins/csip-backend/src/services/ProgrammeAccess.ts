import type {
  Programme,
  ProgrammeAction,
} from '@csip-coach/plugin-csip-common';
import { ProgrammeAuthorizer } from '../permissions/ProgrammeAuthorizer';
import type { ProgrammeService } from './ProgrammeService';
import type { ProgrammeWrite, ProgrammeWriter } from './ProgrammeWriter';
import { Caller } from './types';

/**
 * How the services reach a programme as a caller: a read needs the
 * programme to exist and the caller to may read it (404, 403); a write
 * runs in the programme's locked transaction once the caller may do the
 * action on the programme as locked.
 *
 * @internal
 */
export class ProgrammeAccess {
  /** The access of a service given the programme service, authorizer and writer. */
  static create(options: {
    programmeService: ProgrammeService;
    authorizer: ProgrammeAuthorizer;
    writer: ProgrammeWriter;
  }): ProgrammeAccess {
    return new ProgrammeAccess(
      options.programmeService,
      options.authorizer,
      options.writer,
    );
  }

  private constructor(
    private readonly programmeService: ProgrammeService,
    private readonly authorizer: ProgrammeAuthorizer,
    private readonly writer: ProgrammeWriter,
  ) {}

  /** The programme, where it exists and the caller may read it. */
  getProgramme(programmeId: string, caller: Caller): Promise<Programme> {
    return this.programmeService.getProgramme(programmeId, caller);
  }

  /** What `read` makes of the programme, where the caller may read it. */
  async readProgramme<T>(
    programmeId: string,
    caller: Caller,
    read: (programme: Programme) => Promise<T>,
  ): Promise<T> {
    return read(await this.getProgramme(programmeId, caller));
  }

  /**
   * A write as the caller: the programme must exist and be readable to
   * them (404, 403), then `check` validates the request (400), then
   * `action` must allow the caller on the programme as read (403: its role
   * rule, then the portal's policy, checked before the transaction opens,
   * see {@link ProgrammeAuthorizer.authorizePolicy}); `mutation` runs in
   * the programme's locked transaction once the role rule allows the
   * caller on the programme as it is inside it (403).
   */
  async writeProgramme<T>(
    programmeId: string,
    caller: Caller,
    action: ProgrammeAction,
    mutation: (write: ProgrammeWrite) => Promise<T>,
    check?: () => void,
  ): Promise<T> {
    const programme = await this.getProgramme(programmeId, caller);
    check?.();
    await this.authorizer.authorizeAction(action, programme, caller);
    return this.writer.write(programmeId, async write => {
      this.authorizer.authorizeRole(action, write.programme, caller);
      return mutation(write);
    });
  }
}
