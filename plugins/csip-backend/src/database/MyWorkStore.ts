import type {
  Action,
  FollowUp,
  ProgrammeRole,
  ProgrammeSummary,
} from '@csip-coach/plugin-csip-common';

/** An action with the title of its programme. @internal */
export type OwnedAction = Action & { programmeTitle: string };

/** A follow-up with the title of its programme. @internal */
export type OwnedFollowUp = FollowUp & { programmeTitle: string };

/**
 * A programme one person takes part in, with the roles they hold in it
 * (none where they only own actions or commitments in it).
 *
 * @internal
 */
export type ProgrammeWithRoles = {
  programme: ProgrammeSummary;
  roles: ProgrammeRole[];
};

/**
 * What one person has to do across programmes, read in a bounded number of
 * queries whatever the number of programmes. Archived programmes are left
 * out; permission checks are the service's business.
 *
 * @internal
 */
export interface MyWorkStore {
  /**
   * The open and in-progress actions `userRef` owns (compared
   * case-insensitively), with their programme's title; one query.
   */
  listOwnedActions(userRef: string): Promise<OwnedAction[]>;
  /**
   * The commitments `userRef` owns (compared case-insensitively) that have
   * no outcome yet, soonest follow-up first, with their programme's title
   * and whether they are due on `today`; one query.
   */
  listOwnedFollowUps(userRef: string, today?: string): Promise<OwnedFollowUp[]>;
  /**
   * The programmes `userRef` is a member of, or owns an open or in-progress
   * action or an open commitment in, with their roles in each; one query.
   */
  listProgrammesOf(userRef: string): Promise<ProgrammeWithRoles[]>;
}
