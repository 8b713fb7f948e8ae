import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  HistoryReview,
  Review,
  ReviewCreate,
  ReviewHistory,
  ReviewUpdate,
} from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { insertActions } from './DatabaseActionStore';
import { assertUpdated, insertOrConflict, KnexStore } from './KnexStore';
import { readReviewHistories, readReviewHistory } from './readReviewHistories';
import { readTrendPage } from './reviewTrendQuery';
import { Publication, ReviewStore } from './ReviewStore';
import {
  ReviewRow,
  toReview,
  toReviewContent,
  toReviewRow,
} from './rows/reviewRows';

/**
 * Knex implementation of {@link ReviewStore}.
 *
 * @internal
 */
export class DatabaseReviewStore extends KnexStore implements ReviewStore {
  async createDraft(
    programmeId: string,
    review: ReviewCreate,
    author: string,
  ): Promise<Review> {
    const now = new Date().toISOString();
    const row = toReviewRow({
      ...review,
      id: randomUUID(),
      programmeId,
      state: 'draft',
      version: 1,
      author,
      createdAt: now,
      updatedAt: now,
    });
    await this.db<ReviewRow>('csip_reviews').insert(row);
    return toReview(row);
  }

  async getReview(id: string): Promise<Review | undefined> {
    return this.read(this.db, id);
  }

  async listReviews(programmeId: string): Promise<Review[]> {
    const rows = await this.programmeRows<ReviewRow>(
      'csip_reviews',
      programmeId,
      [
        { column: 'review_date', order: 'desc' },
        { column: 'created_at', order: 'desc' },
      ],
    );
    const amendedBy = new Map(
      rows.filter(r => r.amends).map(r => [r.amends!, r.id]),
    );
    return rows.map(r => toReview(r, amendedBy.get(r.id)));
  }

  async getReviewHistory(
    programmeId: string,
    options?: {
      keep?: number;
      ratings?: boolean;
      coaches?: readonly string[];
    },
  ): Promise<ReviewHistory> {
    return readReviewHistory(this.db, programmeId, options);
  }

  async getReviewHistories(
    programmeIds: readonly string[],
  ): Promise<Map<string, ReviewHistory>> {
    return readReviewHistories(this.db, programmeIds);
  }

  async listTrendPage(
    programmeId: string,
    process: string,
    options: { before?: string; limit: number },
  ): Promise<
    { items: HistoryReview[]; total: number; more: boolean } | undefined
  > {
    return readTrendPage(this.db, programmeId, process, options);
  }

  async updateDraft(id: string, update: ReviewUpdate): Promise<Review> {
    return this.inTransaction(async tx => {
      const current = await this.editableDraft(tx, id, update.version);
      const { version, date, ...changes } = update;
      const content = { ...current, ...changes };
      const updated = await tx<ReviewRow>('csip_reviews')
        .where({ id, version, state: 'draft' })
        .update({
          content: toReviewContent(content),
          led_by: content.ledBy,
          review_date: date ?? current.date,
          version: version + 1,
          updated_at: new Date().toISOString(),
        });
      assertUpdated(
        updated,
        'The review was changed by someone else; reload and try again',
      );
      return (await this.read(tx, id))!;
    });
  }

  async publish(
    id: string,
    publication: Publication,
    expectedVersion?: number,
  ): Promise<Review> {
    return this.inTransaction(async tx => {
      // One statement publishes the draft, guarded by its state and the
      // version the publisher read, and returns it as published; only when
      // it matches nothing is the review read, to say why (404 or 409).
      const now = new Date().toISOString();
      const [row] = (await tx<ReviewRow>('csip_reviews')
        .where({
          id,
          state: 'draft',
          ...(expectedVersion !== undefined && { version: expectedVersion }),
        })
        .update({
          state: 'published',
          version: tx.raw('?? + 1', ['version']),
          level: publication.level,
          tone_findings: JSON.stringify(publication.toneFindings),
          tone_acknowledged: publication.toneAcknowledged,
          updated_at: now,
          published_at: now,
        })
        .returning('*')) as ReviewRow[];
      if (!row) {
        await this.editableDraft(tx, id, expectedVersion);
        throw new ConflictError(
          'The review changed while it was being published; reload and try again',
        );
      }
      // A draft has no amendment: only published reviews are amended.
      const published = toReview(row);
      await insertReviewActions(tx, published, publication);
      return published;
    });
  }

  async amend(
    original: Review,
    amendment: ReviewCreate,
    meta: Publication & { reason: string },
  ): Promise<Review> {
    return this.inTransaction(async tx => {
      const existing = await tx<ReviewRow>('csip_reviews')
        .where({ amends: original.id })
        .first('id');
      if (existing) {
        throw new ConflictError(
          `Review '${original.id}' was already amended by review '${existing.id}'; amend that one instead`,
        );
      }
      const now = new Date().toISOString();
      const row = toReviewRow({
        ...amendment,
        id: randomUUID(),
        programmeId: original.programmeId,
        process: original.process,
        state: 'published',
        version: 1,
        author: meta.publishedBy,
        level: meta.level,
        toneFindings: meta.toneFindings,
        toneAcknowledged: meta.toneAcknowledged,
        amends: original.id,
        amendmentReason: meta.reason,
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
      });
      // The unique index on `amends`: another amendment won the race.
      await insertOrConflict(
        tx<ReviewRow>('csip_reviews').insert(row),
        `Review '${original.id}' was amended by someone else at the same time; reload and amend that amendment instead`,
      );
      await insertReviewActions(
        tx,
        { id: row.id, programmeId: original.programmeId, process: row.process },
        meta,
      );
      return toReview(row);
    });
  }

  private async read(
    db: Knex | Knex.Transaction,
    id: string,
  ): Promise<Review | undefined> {
    // With the review that amends it, if any (csip_reviews_amends_uniq).
    const row: (ReviewRow & { amended_by: string | null }) | undefined =
      await db('csip_reviews as r')
        .where('r.id', id)
        .first(
          'r.*',
          db.raw(
            '(SELECT a.id FROM csip_reviews a WHERE a.amends = r.id LIMIT 1) AS amended_by',
          ),
        );
    if (!row) return undefined;
    const { amended_by: amendedBy, ...review } = row;
    return toReview(review, amendedBy ?? undefined);
  }

  /** The draft to change; NotFound, or Conflict when published or stale. */
  private async editableDraft(
    tx: Knex.Transaction,
    id: string,
    version?: number,
  ): Promise<Review> {
    const current = await this.read(tx, id);
    if (!current) {
      throw new NotFoundError(`No review with id '${id}'`);
    }
    if (current.state === 'published') {
      throw new ConflictError(
        'This review is published and cannot change; record an amendment with a reason instead',
      );
    }
    if (version !== undefined && version !== current.version) {
      throw new ConflictError(
        `The review was changed by someone else (version ${current.version}, you sent ${version}); reload and try again`,
      );
    }
    return current;
  }
}

/** The actions a published review records, sourced from that review. */
async function insertReviewActions(
  tx: Knex.Transaction,
  review: Pick<Review, 'id' | 'programmeId' | 'process'>,
  publication: Publication,
): Promise<void> {
  await insertActions(
    tx,
    publication.actions.map(a => ({
      ...a,
      programmeId: review.programmeId,
      createdBy: publication.publishedBy,
      source: { type: 'review', reviewId: review.id, process: review.process },
    })),
  );
}
