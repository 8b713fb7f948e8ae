import {
  coachFadeOutHistory,
  exitReadiness,
  HandoverItem,
  HandoverView,
  knowledgeTransferScore,
  latestReviews,
  MaturityModel,
  missingTemplateItems,
  Programme,
  ReviewHistory,
  ScopeView,
  SkillsMatrix,
  skillsCoverage,
  summariseMaturityHistory,
  summitProgress,
} from '@csip-coach/plugin-csip-common';
import { HandoverStore } from '../../database/HandoverStore';
import { ReviewStore } from '../../database/ReviewStore';
import { ScopeStore } from '../../database/ScopeStore';
import { computeScopeView } from '../ScopeService/computeScopeView';

/** The stores and model the handover figures are computed from. @internal */
export type HandoverSources = {
  model: MaturityModel;
  scopes: ScopeStore;
  reviews: ReviewStore;
  handover: HandoverStore;
};

/**
 * Adds the template items the programme's current scope calls for and does
 * not have yet: all of them with the first scope, and the per-process items
 * of processes later versions bring into scope. Idempotent.
 *
 * @internal
 */
export async function ensureChecklist(
  programmeId: string,
  processIds: readonly string[],
  sources: Pick<HandoverSources, 'model' | 'handover'>,
): Promise<void> {
  await checklistWithTemplate(programmeId, processIds, sources);
}

/**
 * {@link ensureChecklist}, answering the checklist as it then is: read
 * once (unless the caller has it, `read`), and again only when template
 * items were added.
 */
async function checklistWithTemplate(
  programmeId: string,
  processIds: readonly string[],
  sources: Pick<HandoverSources, 'model' | 'handover'>,
  read?: HandoverItem[],
): Promise<HandoverItem[]> {
  const processes = processIds.map(id => ({
    id,
    name: sources.model.processes.find(p => p.id === id)?.name ?? id,
  }));
  const items = read ?? (await sources.handover.listItems(programmeId));
  const drafts = missingTemplateItems(items, processes);
  if (drafts.length === 0) return items;
  await sources.handover.addTemplateItems(programmeId, drafts);
  return sources.handover.listItems(programmeId);
}

/**
 * The checklist (retired items too) with the template items the current
 * scope calls for, added when missing; without a scope, as it is. `read`
 * is the checklist when the caller has read it already.
 *
 * @internal
 */
export async function checklistFor(
  programmeId: string,
  scope: ScopeView,
  sources: Pick<HandoverSources, 'model' | 'handover'>,
  read?: HandoverItem[],
): Promise<HandoverItem[]> {
  if (scope.current) {
    return checklistWithTemplate(
      programmeId,
      scope.current.processes.map(p => p.process),
      sources,
      read,
    );
  }
  return read ?? sources.handover.listItems(programmeId);
}

/**
 * Brings the checklist in line with a newly published scope: adds the
 * template items it calls for, retires the items of processes that left the
 * scope and restores those of processes that came back. Runs inside the
 * publishing transaction.
 *
 * @internal
 */
export async function syncChecklist(
  programmeId: string,
  processIds: readonly string[],
  sources: Pick<HandoverSources, 'model' | 'handover'>,
): Promise<void> {
  await ensureChecklist(programmeId, processIds, sources);
  await sources.handover.retireAndRestore(programmeId, processIds);
}

/**
 * The handover of a programme: checklist, knowledge-transfer score, skills
 * coverage of the in-scope processes, coach fade-out (its trend windowed
 * to the latest reviews), exit readiness with every blocker, and summit
 * progress towards the scope's targets. The scope view and the review
 * history are read unless the caller has them already (`read`; who ran the
 * reviews is counted only from a history read with the `coaches`).
 *
 * @internal
 */
export async function computeHandoverView(
  programme: Pick<Programme, 'id' | 'members'>,
  sources: HandoverSources,
  read: { scope?: ScopeView; history?: ReviewHistory } = {},
): Promise<HandoverView> {
  // One query at a time: inside a transaction they share one connection.
  const scope =
    read.scope ?? (await computeScopeView(programme, sources.scopes));
  const allItems = await checklistFor(programme.id, scope, sources);
  const coaches = programme.members
    .filter(m => m.role === 'coach')
    .map(m => m.userRef);
  const history =
    read.history ??
    (await sources.reviews.getReviewHistory(programme.id, { coaches }));
  const skills = await sources.handover.getSkills(programme.id);
  return handoverViewOf(sources.model, {
    scope,
    items: allItems,
    history,
    skills,
  });
}

/**
 * {@link computeHandoverView} from what it reads: the scope view, the
 * checklist (retired items too), the review history and the skills matrix.
 *
 * @internal
 */
export function handoverViewOf(
  model: MaturityModel,
  read: {
    scope: ScopeView;
    items: HandoverItem[];
    history: ReviewHistory;
    skills: SkillsMatrix;
  },
): HandoverView {
  const { scope, history, skills } = read;
  const inScope = scope.current?.processes.map(p => p.process) ?? [];
  const processes = inScope.map(id => ({
    id,
    name: model.processes.find(p => p.id === id)?.name ?? id,
  }));
  // Retired items (their process left the scope) are listed, not counted.
  const items = read.items.filter(i => !i.retiredAt);
  const coverage = skillsCoverage(skills.people, inScope);
  const maturity = summariseMaturityHistory({
    processes: model.processes,
    scope,
    history,
  });
  return {
    items: read.items,
    score: knowledgeTransferScore(items),
    coverage,
    fadeOut: coachFadeOutHistory(history),
    readiness: exitReadiness({
      items,
      coverage,
      processes,
      reviews: latestReviews(history),
    }),
    summit: summitProgress(maturity.processes.filter(p => p.inScope)),
    skills,
  };
}
