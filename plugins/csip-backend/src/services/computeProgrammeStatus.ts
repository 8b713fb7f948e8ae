import {
  checkSustainHistory,
  DEFAULT_REVIEW_CADENCE_DAYS,
  summariseMaturityHistory,
  type HandoverItem,
  type MaturityModel,
  type PhaseTransition,
  type Programme,
  type ReviewHistory,
  type ScopeView,
  type SkillsMatrix,
} from '@csip-coach/plugin-csip-common';
import type { ProgrammeStatus } from '../database/DatabaseProgrammeStatusStore';
import type { StoreSet } from '../database/ProgrammeTransactions';
import { sustainSince } from './CoachingSummaryService/sustainSince';
import {
  checklistFor,
  handoverViewOf,
} from './HandoverService/computeHandoverView';
import { computeScopeView, scopeViewOf } from './ScopeService/computeScopeView';

/** What a programme's status is computed from. */
type StatusSources = {
  programme: Programme;
  scope: ScopeView;
  history: ReviewHistory;
  /** The checklist, retired items too, with the current scope's template. */
  items: HandoverItem[];
  skills: SkillsMatrix;
  transitions: PhaseTransition[];
};

/** A programme's status from what it is computed from. */
function statusOf(
  model: MaturityModel,
  sources: StatusSources,
  reviewCadenceDays: number,
): ProgrammeStatus {
  const { programme, scope, history } = sources;
  const handover = handoverViewOf(model, sources);
  const sustain = checkSustainHistory({
    phase: programme.phase,
    sustainSince: sustainSince(sources.transitions),
    history,
    cadenceDays: reviewCadenceDays,
  });
  const maturity = summariseMaturityHistory({
    processes: model.processes,
    scope,
    history,
  });
  return {
    scopeStatus: scope.status,
    levels: maturity.processes
      .filter(p => p.inScope || p.level !== null)
      .map(p => ({ process: p.process, level: p.level, target: p.target })),
    score: handover.score,
    ready: handover.readiness.ready,
    blockers: handover.readiness.blockers.length,
    summitPercent: handover.summit.percent,
    summitCamp: handover.summit.camp,
    sustainDueOn: sustain.nextDueOn,
    sustainLapsed: sustain.lapsed,
    levelDrops: sustain.levelDrops.map(d => d.process),
  };
}

/**
 * A programme's derived status for the portfolio, computed from the stores
 * it is given (inside a writing transaction, the rows that transaction
 * sees). Each table is read once, and of the reviews only the history
 * summary (no review's content), so its cost does not grow with the
 * number of reviews. Adds the template items the current scope calls for
 * to the checklist when they are missing, as the handover view does.
 *
 * @internal
 */
export async function computeProgrammeStatus(
  stores: StoreSet,
  model: MaturityModel,
  programme: Programme,
  reviewCadenceDays: number = DEFAULT_REVIEW_CADENCE_DAYS,
): Promise<ProgrammeStatus> {
  // One query at a time: inside a transaction they share one connection.
  const scope = await computeScopeView(programme, stores.scopes);
  const history = await stores.reviews.getReviewHistory(programme.id);
  const items = await checklistFor(programme.id, scope, {
    model,
    handover: stores.handover,
  });
  const skills = await stores.handover.getSkills(programme.id);
  const transitions = await stores.programmes.listTransitions(programme.id);
  return statusOf(
    model,
    { programme, scope, history, items, skills, transitions },
    reviewCadenceDays,
  );
}

/**
 * {@link computeProgrammeStatus} of several programmes, reading each table
 * once for all of them (the status backfill's chunks): the same statuses,
 * in about a tenth of the statements. Ids with no programme are left out.
 *
 * @internal
 */
export async function computeProgrammeStatuses(
  stores: StoreSet,
  model: MaturityModel,
  programmeIds: readonly string[],
  reviewCadenceDays: number = DEFAULT_REVIEW_CADENCE_DAYS,
): Promise<Map<string, ProgrammeStatus>> {
  // One query at a time: inside a transaction they share one connection.
  const programmes = await stores.programmes.getProgrammes(programmeIds);
  const ids = [...programmes.keys()];
  const versions = await stores.scopes.listVersionsOf(ids);
  const agreements = await stores.scopes.listAllAgreementsOf(ids);
  const histories = await stores.reviews.getReviewHistories(ids);
  const checklists = await stores.handover.listItemsOf(ids);
  const skills = await stores.handover.getSkillsOf(ids);
  const transitions = await stores.programmes.listTransitionsOf(ids);
  const statuses = new Map<string, ProgrammeStatus>();
  for (const [id, programme] of programmes) {
    const scope = scopeViewOf(
      programme,
      versions.get(id) ?? [],
      agreements.get(id) ?? [],
    );
    const items = await checklistFor(
      id,
      scope,
      { model, handover: stores.handover },
      checklists.get(id) ?? [],
    );
    statuses.set(
      id,
      statusOf(
        model,
        {
          programme,
          scope,
          history: histories.get(id)!,
          items,
          skills: skills.get(id)!,
          transitions: transitions.get(id) ?? [],
        },
        reviewCadenceDays,
      ),
    );
  }
  return statuses;
}
