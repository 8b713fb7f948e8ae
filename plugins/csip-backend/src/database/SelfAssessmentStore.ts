import type { SelfRating } from '@csip-coach/plugin-csip-common';

/**
 * One answer as stored: with its round and, to keep one answer per person
 * and round, its respondent (absent only for an imported anonymous answer).
 * The respondent of an anonymous answer never leaves the backend.
 *
 * @internal
 */
export type StoredSelfAssessment = {
  id: string;
  programmeId: string;
  process: string;
  /** When the round began; absent for the first round. */
  roundStart?: string;
  respondent?: string;
  anonymous: boolean;
  ratings: Array<{ criterionId: string; rating: SelfRating }>;
  answeredAt: string;
};

/** An answer as the service hands it to the store. @internal */
export type NewSelfAssessment = Omit<
  StoredSelfAssessment,
  'id' | 'answeredAt' | 'respondent'
> & { respondent: string };

/**
 * Persistence of the team's self-assessments (`csip_self_assessments`).
 *
 * @internal
 */
export interface SelfAssessmentStore {
  /**
   * Records the respondent's answer of the round, now, replacing their
   * earlier answer of the same process and round (`replaced`).
   */
  recordAnswer(
    answer: NewSelfAssessment,
  ): Promise<{ answer: StoredSelfAssessment; replaced: boolean }>;
  /** The answers of one process and round, oldest first. */
  listRound(
    programmeId: string,
    process: string,
    roundStart: string | undefined,
  ): Promise<StoredSelfAssessment[]>;
  /** Every answer of the programme, oldest first (for its archive). */
  listAnswers(programmeId: string): Promise<StoredSelfAssessment[]>;
}
