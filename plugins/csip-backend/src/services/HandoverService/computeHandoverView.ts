import {
  coachFadeOut,
  exitReadiness,
  HandoverView,
  knowledgeTransferScore,
  MaturityModel,
  missingTemplateItems,
  Programme,
  skillsCoverage,
  summariseMaturity,
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
  const processes = processIds.map(id => ({
    id,
    name: sources.model.processes.find(p => p.id === id)?.name ?? id,
  }));
  const drafts = missingTemplateItems(
    await sources.handover.listItems(programmeId),
    processes,
  );
  await sources.handover.addTemplateItems(programmeId, drafts);
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
 * coverage of the in-scope processes, coach fade-out, exit readiness with
 * every blocker, and summit progress towards the scope's targets.
 *
 * @internal
 */
export async function computeHandoverView(
  programme: Pick<Programme, 'id' | 'members'>,
  sources: HandoverSources,
): Promise<HandoverView> {
  const scope = await computeScopeView(programme, sources.scopes);
  const inScope = scope.current?.processes.map(p => p.process) ?? [];
  if (scope.current) {
    await ensureChecklist(programme.id, inScope, sources);
  }
  // One query at a time: inside a transaction they share one connection.
  const allItems = await sources.handover.listItems(programme.id);
  const reviews = await sources.reviews.listReviews(programme.id);
  const skills = await sources.handover.getSkills(programme.id);
  const processes = inScope.map(id => ({
    id,
    name: sources.model.processes.find(p => p.id === id)?.name ?? id,
  }));
  // Retired items (their process left the scope) are listed, not counted.
  const items = allItems.filter(i => !i.retiredAt);
  const coverage = skillsCoverage(skills.people, inScope);
  const maturity = summariseMaturity({
    processes: sources.model.processes,
    scope,
    reviews,
  });
  return {
    items: allItems,
    score: knowledgeTransferScore(items),
    coverage,
    fadeOut: coachFadeOut(
      reviews,
      programme.members.filter(m => m.role === 'coach').map(m => m.userRef),
    ),
    readiness: exitReadiness({ items, coverage, processes, reviews }),
    summit: summitProgress(maturity.processes.filter(p => p.inScope)),
    skills,
  };
}
