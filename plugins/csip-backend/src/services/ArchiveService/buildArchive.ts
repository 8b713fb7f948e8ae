import type {
  ProgrammeArchive,
  Programme,
} from '@csip-coach/plugin-csip-common';
import type { Stores } from '../../database/createStores';
import { buildCoachingArchive } from './buildCoachingArchive';
import { buildSelfAssessmentArchive } from './buildSelfAssessmentArchive';
import { buildFeedbackArchive } from './buildFeedbackArchive';
import { buildOutcomesArchive } from './buildOutcomesArchive';

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Drops keys whose value is undefined, so two exports compare equal. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as T;
}

/**
 * Everything about a programme as a portable document, read through the
 * stores: history included, database ids and versions left out. Reviews are
 * keyed `review-1`, `review-2`, … in the order they were created.
 *
 * @internal
 */
export async function buildArchive(
  programme: Programme,
  stores: Omit<Stores, 'programmes'> & {
    programmes: Pick<Stores['programmes'], 'listTransitions'>;
  },
  exportedBy: string,
): Promise<ProgrammeArchive> {
  const id = programme.id;
  const [transitions, decisions, versions, reviews, actions, items, skills] =
    await Promise.all([
      stores.programmes.listTransitions(id),
      stores.decisions.listDecisions(id),
      stores.scopes.listVersions(id),
      stores.reviews.listReviews(id),
      stores.actions.listActions(id),
      stores.handover.listItems(id),
      stores.handover.getSkills(id),
    ]);
  const ordered = [...reviews].sort(byCreation);
  const keyOf = new Map(ordered.map((r, i) => [r.id, `review-${i + 1}`]));
  const feedback = await buildFeedbackArchive(id, stores);

  return {
    format: 'csip-coach.programme',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    exportedBy,
    programme: {
      title: programme.title,
      vision: programme.vision,
      driver: programme.driver,
      businessDrivers: programme.businessDrivers,
      ownerRef: programme.ownerRef,
      members: programme.members,
      phase: programme.phase,
      archived: programme.archived,
      createdBy: programme.createdBy,
      createdAt: programme.createdAt,
      updatedAt: programme.updatedAt,
    },
    phaseHistory: transitions.map(t =>
      defined({
        from: t.from,
        to: t.to,
        reason: t.reason,
        movedBy: t.movedBy,
        movedAt: t.movedAt,
      }),
    ),
    // The store lists newest first; the archive keeps the order of record.
    decisions: [...decisions].reverse().map(d =>
      defined({
        approach: d.approach,
        rationale: d.rationale,
        revisitOn: d.revisitOn,
        answers: d.answers,
        recommended: d.recommended,
        decidedBy: d.decidedBy,
        decidedAt: d.decidedAt,
      }),
    ),
    scopeVersions: await Promise.all(
      [...versions]
        .sort((a, b) => a.number - b.number)
        .map(async v => ({
          number: v.number,
          scope: {
            processes: v.processes,
            objectives: v.objectives,
            outOfScope: v.outOfScope,
            milestones: v.milestones,
            resources: v.resources,
            assumptions: v.assumptions,
            approvers: v.approvers,
            ...(v.kpis?.length ? { kpis: v.kpis } : {}),
          },
          publishedBy: v.publishedBy,
          publishedAt: v.publishedAt,
          agreements: (
            await stores.scopes.listAgreements(id, v.number)
          ).map(a => ({
            userRef: a.userRef,
            decision: a.decision,
            comment: a.comment,
            at: a.at,
          })),
        })),
    ),
    reviews: ordered.map(r =>
      defined({
        key: keyOf.get(r.id)!,
        process: r.process,
        date: r.date,
        ledBy: r.ledBy,
        participants: r.participants,
        evidence: r.evidence,
        ratings: r.ratings,
        strengths: r.strengths,
        observations: r.observations,
        suggestions: r.suggestions,
        actions: r.actions,
        state: r.state,
        author: r.author,
        level: r.level,
        toneFindings: r.toneFindings,
        toneAcknowledged: r.toneAcknowledged,
        amends: r.amends ? keyOf.get(r.amends) : undefined,
        amendmentReason: r.amendmentReason,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        publishedAt: r.publishedAt,
      }),
    ),
    actions: [...actions].sort(byCreation).map(a => ({
      description: a.description,
      owner: a.owner,
      measure: a.measure,
      dueDate: a.dueDate,
      status: a.status,
      source: defined({
        type: a.source.type,
        process: a.source.process,
        review: a.source.reviewId ? keyOf.get(a.source.reviewId) : undefined,
        round: feedback.roundKey(a.source.feedbackRoundId),
        barrier: a.source.barrier,
      }),
      createdBy: a.createdBy,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    })),
    handover: {
      items: items.map(i =>
        defined({
          templateKey: i.templateKey,
          title: i.title,
          description: i.description,
          category: i.category,
          process: i.process,
          weight: i.weight,
          critical: i.critical,
          owner: i.owner,
          status: i.status,
          evidence: i.evidence,
          verifiedBy: i.verifiedBy,
          verifiedAt: i.verifiedAt,
          updatedBy: i.updatedBy,
          updatedAt: i.updatedAt,
        }),
      ),
      skills: defined({
        people: skills.people,
        updatedBy: skills.updatedBy,
        updatedAt: skills.updatedAt,
      }),
    },
    coaching: await buildCoachingArchive(
      id,
      stores,
      ordered.map(r => r.id),
      reviewId => keyOf.get(reviewId),
    ),
    selfAssessments: await buildSelfAssessmentArchive(id, stores),
    outcomes: await buildOutcomesArchive(programme, stores),
    feedback: feedback.feedback,
  };
}
