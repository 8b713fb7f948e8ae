import { randomUUID } from 'node:crypto';
import { DatabaseService } from '@backstage/backend-plugin-api';
import type { ProgrammeArchive } from '@csip-coach/plugin-csip-common';
import { Knex } from 'knex';
import { applyDatabaseMigrations } from './applyDatabaseMigrations';

/** New ids that sort in the order given, so ties on time keep their order. */
function orderedIds(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID()).sort();
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * Writes a whole programme archive as a new programme, in one transaction:
 * either everything is imported or nothing is.
 *
 * @internal
 */
export class DatabaseArchiveStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseArchiveStore> {
    const knex = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await applyDatabaseMigrations(knex);
    }
    return new DatabaseArchiveStore(knex);
  }

  private constructor(private readonly db: Knex) {}

  /** The same store, reading and writing inside `tx`. */
  withTransaction(tx: Knex.Transaction): DatabaseArchiveStore {
    return new DatabaseArchiveStore(tx);
  }

  /**
   * Imports the archive; returns the new programme's id. The programme
   * carries its provenance: who imported it and when, and when the document
   * was exported.
   */
  async importArchive(
    archive: ProgrammeArchive,
    provenance: { importedBy: string; importedAt: string },
  ): Promise<string> {
    const id = randomUUID();
    const p = archive.programme;
    await this.db.transaction(async tx => {
      await tx('csip_programmes').insert({
        id,
        title: p.title,
        vision: p.vision,
        driver: p.driver,
        business_drivers: json(p.businessDrivers),
        owner_ref: p.ownerRef,
        phase: p.phase,
        archived: p.archived,
        version: 1,
        created_by: p.createdBy,
        created_at: p.createdAt,
        updated_at: p.updatedAt,
        imported_by: provenance.importedBy,
        imported_at: provenance.importedAt,
        exported_at: archive.exportedAt,
      });
      const members = p.members.filter(
        (m, i, all) =>
          all.findIndex(o => o.userRef === m.userRef && o.role === m.role) ===
          i,
      );
      if (members.length) {
        await tx('csip_programme_members').insert(
          members.map(m => ({
            programme_id: id,
            user_ref: m.userRef,
            role: m.role,
          })),
        );
      }
      for (const t of archive.phaseHistory) {
        await tx('csip_phase_transitions').insert({
          id: randomUUID(),
          programme_id: id,
          from_phase: t.from,
          to_phase: t.to,
          reason: t.reason ?? null,
          moved_by: t.movedBy,
          moved_at: t.movedAt,
        });
      }
      for (const d of archive.decisions) {
        await tx('csip_approach_decisions').insert({
          id: randomUUID(),
          programme_id: id,
          approach: d.approach,
          rationale: d.rationale,
          revisit_on: d.revisitOn ?? null,
          answers: d.answers ? json(d.answers) : null,
          recommended: d.recommended ?? null,
          decided_by: d.decidedBy,
          decided_at: d.decidedAt,
        });
      }
      for (const v of archive.scopeVersions) {
        await tx('csip_scope_versions').insert({
          programme_id: id,
          number: v.number,
          scope: json(v.scope),
          published_by: v.publishedBy,
          published_at: v.publishedAt,
        });
        for (const a of v.agreements) {
          await tx('csip_scope_agreements').insert({
            programme_id: id,
            version_number: v.number,
            user_ref: a.userRef,
            decision: a.decision,
            comment: a.comment,
            at: a.at,
          });
        }
      }
      const reviewIds = orderedIds(archive.reviews.length);
      const idOfKey = new Map(
        archive.reviews.map((r, i) => [r.key, reviewIds[i]]),
      );
      if (archive.reviews.length) {
        await tx('csip_reviews').insert(
          archive.reviews.map((r, i) => ({
            id: reviewIds[i],
            programme_id: id,
            process: r.process,
            state: r.state,
            version: 1,
            author: r.author,
            review_date: r.date,
            content: json({
              ledBy: r.ledBy,
              participants: r.participants,
              evidence: r.evidence,
              ratings: r.ratings,
              strengths: r.strengths,
              observations: r.observations,
              suggestions: r.suggestions,
              actions: r.actions,
            }),
            level: r.level ?? null,
            tone_findings: r.toneFindings ? json(r.toneFindings) : null,
            tone_acknowledged: r.toneAcknowledged ?? null,
            amends: r.amends ? idOfKey.get(r.amends) : null,
            amendment_reason: r.amendmentReason ?? null,
            created_at: r.createdAt,
            updated_at: r.updatedAt,
            published_at: r.publishedAt ?? null,
          })),
        );
      }
      const actionIds = orderedIds(archive.actions.length);
      if (archive.actions.length) {
        await tx('csip_actions').insert(
          archive.actions.map((a, i) => ({
            id: actionIds[i],
            programme_id: id,
            description: a.description,
            owner: a.owner,
            measure: a.measure,
            due_date: a.dueDate,
            status: a.status,
            source_type: a.source.type,
            source_review_id: a.source.review
              ? idOfKey.get(a.source.review)
              : null,
            source_process: a.source.process ?? null,
            version: 1,
            created_by: a.createdBy,
            created_at: a.createdAt,
            updated_at: a.updatedAt,
          })),
        );
      }
      const itemIds = orderedIds(archive.handover.items.length);
      if (archive.handover.items.length) {
        await tx('csip_handover_items').insert(
          archive.handover.items.map((item, i) => ({
            id: itemIds[i],
            programme_id: id,
            template_key: item.templateKey ?? '',
            process: item.process ?? '',
            slot: item.templateKey
              ? `${item.templateKey}|${item.process ?? ''}`
              : itemIds[i],
            title: item.title,
            description: item.description,
            category: item.category,
            weight: item.weight,
            critical: item.critical,
            owner: item.owner ?? null,
            status: item.status,
            evidence: item.evidence ?? null,
            verified_by: item.verifiedBy ?? null,
            verified_at: item.verifiedAt ?? null,
            updated_by: item.updatedBy ?? null,
            updated_at: item.updatedAt,
            position: i,
            version: 1,
          })),
        );
      }
      const skills = archive.handover.skills;
      if (skills.updatedAt) {
        await tx('csip_skills_matrices').insert({
          programme_id: id,
          people: json(skills.people),
          version: 1,
          updated_by: skills.updatedBy ?? p.createdBy,
          updated_at: skills.updatedAt,
        });
      }
    });
    return id;
  }
}
