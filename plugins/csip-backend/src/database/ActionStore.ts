import type {
  Action,
  ActionFields,
  ActionSource,
  ActionUpdate,
} from '@csip-coach/plugin-csip-common';

/** A new action as the service hands it to the store. @internal */
export type NewAction = ActionFields & {
  programmeId: string;
  source: ActionSource;
  createdBy: string;
};

/**
 * Persistence of the action register.
 *
 * @internal
 */
export interface ActionStore {
  createAction(action: NewAction): Promise<Action>;
  getAction(id: string): Promise<Action | undefined>;
  /** Ordered by due date, then creation. */
  listActions(programmeId: string): Promise<Action[]>;
  /**
   * Applies the update when `update.version` is the stored version, and
   * bumps it; throws ConflictError when stale, NotFoundError when missing.
   */
  updateAction(id: string, update: ActionUpdate): Promise<Action>;
}
