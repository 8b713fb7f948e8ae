import type {
  FollowUp,
  FollowUpOutcome,
  Moment,
  MomentCreate,
} from '@csip-coach/plugin-csip-common';

/** A moment as the service hands it to the store. @internal */
export type NewMoment = MomentCreate & {
  programmeId: string;
  recordedBy: string;
};

/**
 * Persistence of coaching moments and the follow-ups their commitments
 * create (`csip_moments`, `csip_follow_ups`).
 *
 * @internal
 */
export interface MomentStore {
  /**
   * Inserts the moment and, when it carries a commitment, its follow-up,
   * on the store's client (a transaction when the store is bound to one).
   */
  recordMoment(moment: NewMoment): Promise<Moment>;
  /** Newest first. */
  listMoments(programmeId: string): Promise<Moment[]>;
  getFollowUp(id: string): Promise<FollowUp | undefined>;
  /** Open ones first by follow-up date, then those with an outcome. */
  listFollowUps(programmeId: string): Promise<FollowUp[]>;
  /**
   * Records the outcome when none is recorded yet (one conditional update);
   * throws ConflictError when one already is, NotFoundError when missing.
   */
  recordOutcome(
    id: string,
    outcome: FollowUpOutcome,
    by: string,
  ): Promise<FollowUp>;
}
