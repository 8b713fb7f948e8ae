import { NotFoundError } from '@backstage/errors';
import {
  type Action,
  type ActionCreate,
  type ActionUpdate,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import { ActionStore } from '../../database/ActionStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeService } from '../ProgrammeService';
import type { ProgrammeWriter } from '../ProgrammeWriter';
import { Caller } from '../types';

/**
 * The action register: anyone who can read a programme sees its actions;
 * its members (any role) add actions and update them.
 *
 * @internal
 */
export class ActionService {
  static create(options: {
    actions: ActionStore;
    programmeService: ProgrammeService;
    authorizer: ProgrammeAuthorizer;
    writer: ProgrammeWriter;
  }): ActionService {
    return new ActionService(
      options.actions,
      options.programmeService,
      options.authorizer,
      options.writer,
    );
  }

  private constructor(
    private readonly actions: ActionStore,
    private readonly programmeService: ProgrammeService,
    private readonly authorizer: ProgrammeAuthorizer,
    private readonly writer: ProgrammeWriter,
  ) {}

  async listActions(programmeId: string, caller: Caller): Promise<Action[]> {
    await this.programmeService.getProgramme(programmeId, caller);
    return this.actions.listActions(programmeId);
  }

  async createAction(
    programmeId: string,
    input: ActionCreate,
    caller: Caller,
  ): Promise<Action> {
    const programme = await this.programmeService.getProgramme(
      programmeId,
      caller,
    );
    return this.writer.write(programme.id, async ({ stores, programme: p }) => {
      await this.mustBeMember(p, caller);
      return stores.actions.createAction({
        ...input,
        programmeId,
        source: { type: 'manual' },
        createdBy: caller.userRef,
      });
    });
  }

  async updateAction(
    id: string,
    update: ActionUpdate,
    caller: Caller,
  ): Promise<Action> {
    const action = await this.actions.getAction(id);
    if (!action) {
      throw new NotFoundError(`No action with id '${id}'`);
    }
    const programme = await this.programmeService.getProgramme(
      action.programmeId,
      caller,
    );
    return this.writer.write(programme.id, async ({ stores, programme: p }) => {
      await this.mustBeMember(p, caller);
      return stores.actions.updateAction(id, update);
    });
  }

  private async mustBeMember(programme: Programme, caller: Caller) {
    await this.authorizer.authorizeAction('manageActions', programme, caller);
  }
}
