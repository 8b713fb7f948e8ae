import type { KpiDefinition } from '../outcomes/kpiSchema';
import type { ScopeChange, ScopeVersion } from './scopeSchema';

/**
 * The sections of a scope version that {@link diffScope} compares.
 *
 * @public
 */
export type ComparableScope = Pick<
  ScopeVersion,
  | 'processes'
  | 'objectives'
  | 'outOfScope'
  | 'milestones'
  | 'resources'
  | 'assumptions'
  | 'approvers'
> & {
  /** Outcome KPIs; absent in scopes from before KPIs (none). */
  kpis?: ReadonlyArray<Omit<KpiDefinition, 'id'> & { id?: string }>;
};

const SECTION_NAMES: Record<ScopeChange['section'], string> = {
  processes: 'Process',
  objectives: 'Objective',
  outOfScope: 'Out of scope',
  milestones: 'Milestone',
  resources: 'Resources',
  assumptions: 'Assumption',
  approvers: 'Approver',
  kpis: 'KPI',
};

function listChanges(
  section: ScopeChange['section'],
  before: string[],
  after: string[],
): ScopeChange[] {
  const name = SECTION_NAMES[section];
  /** What `from` has and `to` has not, as changes of `kind`. */
  const onlyIn = (
    from: string[],
    to: string[],
    kind: 'removed' | 'added',
  ): ScopeChange[] =>
    from
      .filter(entry => !to.includes(entry))
      .map(entry => ({ section, kind, text: `${name} ${kind}: ${entry}` }));
  return [
    ...onlyIn(before, after, 'removed'),
    ...onlyIn(after, before, 'added'),
  ];
}

/**
 * What changed from one scope version to the next, in sentences a sponsor
 * can read: processes added, removed or retargeted; objectives, exclusions,
 * milestones, assumptions and approvers added or removed; resources changed.
 * With no previous version every part of the new one counts as added.
 *
 * @public
 */
export function diffScope(
  previous: ComparableScope | undefined,
  next: ComparableScope,
): ScopeChange[] {
  const prev: ComparableScope = previous ?? {
    processes: [],
    objectives: [],
    outOfScope: [],
    milestones: [],
    resources: { coachDays: 0, budget: 0, notes: '' },
    assumptions: [],
    approvers: [],
  };
  const changes: ScopeChange[] = [];

  for (const p of next.processes) {
    const old = prev.processes.find(o => o.process === p.process);
    const target = `level ${p.baselineLevel} → ${p.targetLevel} by ${p.targetDate}`;
    if (!old) {
      changes.push({
        section: 'processes',
        kind: 'added',
        text: `Process added: ${p.process}, ${target}`,
      });
    } else {
      const parts: string[] = [];
      if (old.baselineLevel !== p.baselineLevel)
        parts.push(`baseline ${old.baselineLevel} → ${p.baselineLevel}`);
      if (old.targetLevel !== p.targetLevel)
        parts.push(`target level ${old.targetLevel} → ${p.targetLevel}`);
      if (old.targetDate !== p.targetDate)
        parts.push(`target date ${old.targetDate} → ${p.targetDate}`);
      if (parts.length) {
        changes.push({
          section: 'processes',
          kind: 'changed',
          text: `Process ${p.process}: ${parts.join(', ')}`,
        });
      }
    }
  }
  for (const old of prev.processes) {
    if (!next.processes.some(p => p.process === old.process)) {
      changes.push({
        section: 'processes',
        kind: 'removed',
        text: `Process removed: ${old.process}`,
      });
    }
  }

  changes.push(...listChanges('objectives', prev.objectives, next.objectives));
  changes.push(...listChanges('outOfScope', prev.outOfScope, next.outOfScope));
  const milestone = (m: { title: string; date: string }) =>
    `${m.title} (${m.date})`;
  changes.push(
    ...listChanges(
      'milestones',
      prev.milestones.map(milestone),
      next.milestones.map(milestone),
    ),
  );

  const resourceParts: string[] = [];
  if (prev.resources.coachDays !== next.resources.coachDays) {
    resourceParts.push(
      `coach days ${prev.resources.coachDays} → ${next.resources.coachDays}`,
    );
  }
  if (prev.resources.budget !== next.resources.budget) {
    resourceParts.push(
      `budget ${prev.resources.budget} → ${next.resources.budget}`,
    );
  }
  if (prev.resources.notes !== next.resources.notes) {
    resourceParts.push('notes changed');
  }
  if (resourceParts.length) {
    changes.push({
      section: 'resources',
      kind: previous ? 'changed' : 'added',
      text: `Resources: ${resourceParts.join(', ')}`,
    });
  }

  changes.push(
    ...listChanges('assumptions', prev.assumptions, next.assumptions),
  );
  changes.push(...listChanges('approvers', prev.approvers, next.approvers));
  changes.push(...diffKpis(prev.kpis ?? [], next.kpis ?? []));
  return changes;
}

type ComparableKpi = NonNullable<ComparableScope['kpis']>[number];

/** A KPI in words: `Failed changes (%) 12 → 5, lower is better`. */
function describeKpi(kpi: ComparableKpi): string {
  const unit = kpi.unit ? ` (${kpi.unit})` : '';
  const better = kpi.direction === 'up' ? 'higher' : 'lower';
  return `${kpi.name}${unit} ${kpi.baseline} → ${kpi.target}, ${better} is better, for “${kpi.objective}”`;
}

/** KPIs added, removed or changed, matched by id (else by name). */
function diffKpis(
  before: ReadonlyArray<ComparableKpi>,
  after: ReadonlyArray<ComparableKpi>,
): ScopeChange[] {
  const keyOf = (kpi: ComparableKpi) => kpi.id ?? kpi.name;
  const changes: ScopeChange[] = [];
  for (const kpi of after) {
    const old = before.find(o => keyOf(o) === keyOf(kpi));
    if (!old) {
      changes.push({
        section: 'kpis',
        kind: 'added',
        text: `KPI added: ${describeKpi(kpi)}`,
      });
    } else if (describeKpi(old) !== describeKpi(kpi)) {
      changes.push({
        section: 'kpis',
        kind: 'changed',
        text: `KPI ${old.name}: ${describeKpi(kpi)}`,
      });
    }
  }
  for (const old of before) {
    if (!after.some(kpi => keyOf(kpi) === keyOf(old))) {
      changes.push({
        section: 'kpis',
        kind: 'removed',
        text: `KPI removed: ${old.name}`,
      });
    }
  }
  return changes;
}
