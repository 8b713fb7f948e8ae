import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  FollowUp,
  FollowUpOutcome,
  Moment,
} from '@csip-coach/plugin-csip-common';
import { KnexStore } from './KnexStore';
import type { MomentStore, NewMoment } from './MomentStore';
import {
  FollowUpRow,
  MomentRow,
  MomentWithFollowUpRow,
  toFollowUp,
  toFollowUpRow,
  toMoment,
  toMomentRow,
} from './rows/momentRows';

/**
 * Knex implementation of {@link MomentStore}.
 *
 * @internal
 */
export class DatabaseMomentStore extends KnexStore implements MomentStore {
  async recordMoment(moment: NewMoment): Promise<Moment> {
    const { commitment, ...fields } = moment;
    const recorded: Moment = {
      ...fields,
      id: randomUUID(),
      at: new Date().toISOString(),
    };
    const momentRow = toMomentRow(recorded);
    const followUpRow = commitment
      ? toFollowUpRow(randomUUID(), { ...recorded, commitment })
      : undefined;
    await this.inTransaction(async tx => {
      await tx<MomentRow>('csip_moments').insert(momentRow);
      if (followUpRow) {
        await tx<FollowUpRow>('csip_follow_ups').insert(followUpRow);
      }
    });
    return toMoment({
      ...momentRow,
      follow_up_id: followUpRow?.id ?? null,
      commitment_text: followUpRow?.text ?? null,
      commitment_owner: followUpRow?.owner ?? null,
      commitment_follow_up_on: followUpRow?.follow_up_on ?? null,
    });
  }

  async listMoments(programmeId: string): Promise<Moment[]> {
    const rows: MomentWithFollowUpRow[] = await this.db('csip_moments as m')
      .leftJoin('csip_follow_ups as f', 'f.moment_id', 'm.id')
      .where('m.programme_id', programmeId)
      .select(
        'm.*',
        'f.id as follow_up_id',
        'f.text as commitment_text',
        'f.owner as commitment_owner',
        'f.follow_up_on as commitment_follow_up_on',
      )
      .orderBy([
        { column: 'm.at', order: 'desc' },
        { column: 'm.id', order: 'desc' },
      ]);
    return rows.map(toMoment);
  }

  async getFollowUp(id: string): Promise<FollowUp | undefined> {
    const row = await this.db<FollowUpRow>('csip_follow_ups')
      .where({ id })
      .first();
    return row ? toFollowUp(row) : undefined;
  }

  async listFollowUps(programmeId: string): Promise<FollowUp[]> {
    const rows: FollowUpRow[] = await this.db('csip_follow_ups')
      .where({ programme_id: programmeId })
      .orderByRaw('CASE WHEN outcome IS NULL THEN 0 ELSE 1 END')
      .orderBy([
        { column: 'follow_up_on', order: 'asc' },
        { column: 'created_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(row => toFollowUp(row));
  }

  async recordOutcome(
    id: string,
    outcome: FollowUpOutcome,
    by: string,
  ): Promise<FollowUp> {
    // One conditional update: of two outcomes at once, one finds it open.
    const updated = await this.db<FollowUpRow>('csip_follow_ups')
      .where({ id })
      .whereNull('outcome')
      .update({
        outcome: outcome.outcome,
        note: outcome.note ?? null,
        outcome_by: by,
        outcome_at: new Date().toISOString(),
      });
    const followUp = await this.getFollowUp(id);
    if (!followUp) throw new NotFoundError(`No follow-up with id '${id}'`);
    if (updated === 0) {
      throw new ConflictError(
        `The outcome of this follow-up was already recorded (${followUp.outcome}, by ${followUp.outcomeBy}); it is kept as history, so record a new commitment instead`,
      );
    }
    return followUp;
  }
}
