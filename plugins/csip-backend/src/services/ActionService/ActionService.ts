import { NotFoundError } from '@backstage/errors';
import {
  type Action,
  type ActionCreate,
  type ActionUpdate,
} from '@csip-coach/plugin-csip-common';
import { ActionStore } from '../../database/ActionStore';
import { ProgrammeAuthorizer } from '../../permissions/ProgrammeAuthorizer';
import { ProgrammeService } from '../ProgrammeService';
import { ProgrammeAccess } from '../ProgrammeAccess';
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
    return new ActionService(options.actions, ProgrammeAccess.create(options));
  }

  private constructor(
    private readonly actions: ActionStore,
    private readonly access: ProgrammeAccess,
  ) {}

  async listActions(programmeId: string, caller: Caller): Promise<Action[]> {
    return this.access.readProgramme(programmeId, caller, () =>
      this.actions.listActions(programmeId),
    );
  }

  async createAction(
    programmeId: string,
    input: ActionCreate,
    caller: Caller,
  ): Promise<Action> {
    return this.access.writeProgramme(
      programmeId,
      caller,
      'manageActions',
      async ({ stores }) =>
        stores.actions.createAction({
          ...input,
          programmeId,
          source: { type: 'manual' },
          createdBy: caller.userRef,
        }),
    );
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
    return this.access.writeProgramme(
      action.programmeId,
      caller,
      'manageActions',
      async ({ stores }) => stores.actions.updateAction(id, update),
    );
  }
}
