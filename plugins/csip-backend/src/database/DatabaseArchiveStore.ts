import { randomUUID } from 'node:crypto';
import type { ProgrammeArchive } from '@csip-coach/plugin-csip-common';
import { importCoachingArchive } from './importCoachingArchive';
import { importSelfAssessmentArchive } from './importSelfAssessmentArchive';
import { importFeedbackArchive } from './importFeedbackArchive';
import { importOutcomesArchive } from './importOutcomesArchive';
import { insertInBatches } from './insertInBatches';
import { KnexStore } from './KnexStore';
import { toActionRow } from './rows/actionRows';
import { toDecisionRow } from './rows/decisionRows';
import { toHandoverItemRow } from './rows/handoverItemRows';
import { toMemberRows } from './rows/memberRows';
import { toProgrammeRow } from './rows/programmeRows';
import { toReviewRow } from './rows/reviewRows';
import { toAgreementRow } from './rows/scopeAgreementRows';
import { toScopeVersionRow } from './rows/scopeVersionRows';
import { toSkillsMatrixRow } from './rows/skillsMatrixRows';
import { toTransitionRow } from './rows/transitionRows';

/** New ids that sort in the order given, so ties on time keep their order. */
function orderedIds(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID()).sort();
}

/**
 * Writes a whole programme archive as a new programme, in one transaction:
 * either everything is imported or nothing is.
 *
 * @internal
 */
export class DatabaseArchiveStore extends KnexStore {
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
    await this.inTransaction(async tx => {
      // As few statements as the engines allow, none when there are no rows.
      const insert = (table: string, rows: Iterable<object>) =>
        insertInBatches(tx, table, rows);
      await insert('csip_programmes', [
        toProgrammeRow(id, {
          ...p,
          provenance: { ...provenance, exportedAt: archive.exportedAt },
        }),
      ]);
      const members = p.members.filter(
        (m, i, all) =>
          all.findIndex(o => o.userRef === m.userRef && o.role === m.role) ===
          i,
      );
      await insert('csip_programme_members', toMemberRows(id, members));
      await insert(
        'csip_phase_transitions',
        archive.phaseHistory.map(t =>
          toTransitionRow({ ...t, programmeId: id }),
        ),
      );
      await insert(
        'csip_approach_decisions',
        archive.decisions.map(d => toDecisionRow({ ...d, programmeId: id })),
      );
      await insert(
        'csip_scope_versions',
        archive.scopeVersions.map(v =>
          toScopeVersionRow({ ...v, programmeId: id }),
        ),
      );
      await insert(
        'csip_scope_agreements',
        archive.scopeVersions.flatMap(v =>
          v.agreements.map(a =>
            toAgreementRow({ ...a, programmeId: id, versionNumber: v.number }),
          ),
        ),
      );
      const reviewIds = orderedIds(archive.reviews.length);
      const idsOfKeys = new Map(
        archive.reviews.map((r, i) => [r.key, reviewIds[i]]),
      );
      const idOfKey = (key?: string) => (key ? idsOfKeys.get(key) : undefined);
      // Rows with new ids (`ids`, or new ones in the order of `items`),
      // each made as its statement needs it.
      const insertWithIds = async <T>(
        table: string,
        items: readonly T[],
        toRow: (item: T, newId: string, index: number) => object,
        ids = orderedIds(items.length),
      ) =>
        insert(
          table,
          (function* rows() {
            for (let i = 0; i < items.length; i++) {
              yield toRow(items[i], ids[i], i);
            }
          })(),
        );
      const fresh = (newId: string) => ({
        id: newId,
        programmeId: id,
        version: 1,
      });
      await insertWithIds(
        'csip_reviews',
        archive.reviews,
        (r, newId) =>
          toReviewRow({ ...r, ...fresh(newId), amends: idOfKey(r.amends) }),
        reviewIds,
      );
      const roundIds = archive.feedback
        ? await importFeedbackArchive(tx, archive.feedback, id)
        : new Map<string, string>();
      await insertWithIds('csip_actions', archive.actions, (a, newId) =>
        toActionRow({
          ...a,
          ...fresh(newId),
          source: {
            ...a.source,
            reviewId: idOfKey(a.source.review),
            feedbackRoundId: a.source.round && roundIds.get(a.source.round),
          },
        }),
      );
      await insertWithIds(
        'csip_handover_items',
        archive.handover.items,
        (item, newId, i) => toHandoverItemRow({ ...item, ...fresh(newId) }, i),
      );
      const skills = archive.handover.skills;
      if (skills.updatedAt) {
        await insert('csip_skills_matrices', [
          toSkillsMatrixRow(id, {
            people: skills.people,
            version: 1,
            updatedBy: skills.updatedBy ?? p.createdBy,
            updatedAt: skills.updatedAt,
          }),
        ]);
      }
      if (archive.coaching) {
        await importCoachingArchive(
          tx,
          archive.coaching,
          id,
          key => idOfKey(key)!,
        );
      }
      if (archive.selfAssessments) {
        await importSelfAssessmentArchive(tx, archive.selfAssessments, id);
      }
      if (archive.outcomes) {
        await importOutcomesArchive(tx, archive.outcomes, id);
      }
    });
    return id;
  }
}
