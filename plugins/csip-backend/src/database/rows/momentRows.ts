import {
  isFollowUpDue,
  type FollowUp,
  type Moment,
  type MomentContext,
} from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_moments`.
 *
 * @internal
 */
export type MomentRow = {
  id: string;
  programme_id: string;
  process: string;
  kind: Moment['kind'];
  context_kind: MomentContext['kind'] | null;
  context_ref: string | null;
  context_title: string | null;
  observation: string;
  question: string | null;
  answer: string | null;
  recorded_by: string;
  at: string;
};

/**
 * A row of `csip_follow_ups`.
 *
 * @internal
 */
export type FollowUpRow = {
  id: string;
  programme_id: string;
  moment_id: string | null;
  process: string;
  text: string;
  owner: string;
  follow_up_on: string;
  outcome: NonNullable<FollowUp['outcome']> | null;
  note: string | null;
  outcome_by: string | null;
  outcome_at: string | null;
  recorded_by: string;
  created_at: string;
};

/**
 * A moment's row with the follow-up its commitment created, as a left join
 * of `csip_follow_ups` on the moment selects it (all null without one).
 *
 * @internal
 */
export type MomentWithFollowUpRow = MomentRow & {
  follow_up_id: string | null;
  commitment_text: string | null;
  commitment_owner: string | null;
  commitment_follow_up_on: string | null;
};

/**
 * The moment of a row, with its commitment as its follow-up holds it.
 *
 * @internal
 */
export function toMoment(row: MomentWithFollowUpRow): Moment {
  return {
    id: row.id,
    programmeId: row.programme_id,
    process: row.process,
    kind: row.kind,
    context: row.context_kind
      ? {
          kind: row.context_kind,
          ref: row.context_ref ?? undefined,
          title: row.context_title ?? undefined,
        }
      : undefined,
    observation: row.observation,
    question: row.question ?? undefined,
    answer: row.answer ?? undefined,
    commitment: row.follow_up_id
      ? {
          text: row.commitment_text!,
          owner: row.commitment_owner!,
          followUpOn: row.commitment_follow_up_on!,
        }
      : undefined,
    recordedBy: row.recorded_by,
    at: row.at,
    followUpId: row.follow_up_id ?? undefined,
  };
}

/**
 * The row of a moment (its commitment is the follow-up's row).
 *
 * @internal
 */
export function toMomentRow(moment: Moment): MomentRow {
  return {
    id: moment.id,
    programme_id: moment.programmeId,
    process: moment.process,
    kind: moment.kind,
    context_kind: moment.context?.kind ?? null,
    context_ref: moment.context?.ref ?? null,
    context_title: moment.context?.title ?? null,
    observation: moment.observation,
    question: moment.question ?? null,
    answer: moment.answer ?? null,
    recorded_by: moment.recordedBy,
    at: moment.at,
  };
}

/**
 * The follow-up of a row, with whether it is due on `today` (an ISO date).
 *
 * @internal
 */
export function toFollowUp(row: FollowUpRow, today?: string): FollowUp {
  return {
    id: row.id,
    programmeId: row.programme_id,
    momentId: row.moment_id ?? undefined,
    process: row.process,
    text: row.text,
    owner: row.owner,
    followUpOn: row.follow_up_on,
    outcome: row.outcome ?? undefined,
    note: row.note ?? undefined,
    outcomeBy: row.outcome_by ?? undefined,
    outcomeAt: row.outcome_at ?? undefined,
    recordedBy: row.recorded_by,
    createdAt: row.created_at,
    due: isFollowUpDue(
      { followUpOn: row.follow_up_on, outcome: row.outcome },
      today,
    ),
  };
}

/**
 * The row of a new follow-up, from the moment whose commitment it is.
 *
 * @internal
 */
export function toFollowUpRow(
  id: string,
  moment: Moment & { commitment: NonNullable<Moment['commitment']> },
): FollowUpRow {
  return {
    id,
    programme_id: moment.programmeId,
    moment_id: moment.id,
    process: moment.process,
    text: moment.commitment.text,
    owner: moment.commitment.owner,
    follow_up_on: moment.commitment.followUpOn,
    outcome: null,
    note: null,
    outcome_by: null,
    outcome_at: null,
    recorded_by: moment.recordedBy,
    created_at: moment.at,
  };
}
