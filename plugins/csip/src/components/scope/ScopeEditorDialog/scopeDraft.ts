import {
  BUILT_IN_PROCESSES,
  type KpiDirection,
  ScopeVersion,
} from '@csip-coach/plugin-csip-common';
import { formParseParams } from '../../../util/formIssues';

/** One process row of the editor; numbers are kept as typed. */
export type ProcessDraft = {
  process: string;
  baselineLevel: string;
  targetLevel: string;
  targetDate: string;
};

/** One milestone row of the editor. */
export type MilestoneDraft = { title: string; date: string };

/** One outcome KPI row of the editor; numbers are kept as typed. */
export type KpiDraft = {
  /** The id of a KPI the current version has; empty for a new one. */
  id: string;
  objective: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  direction: KpiDirection;
};

/** A new, empty KPI row on `objective`. */
export const emptyKpi = (objective: string): KpiDraft => ({
  id: '',
  objective,
  name: '',
  unit: '',
  baseline: '',
  target: '',
  direction: 'up',
});

/** What the scope editor holds while someone types. */
export type ScopeDraft = {
  processes: ProcessDraft[];
  objectives: string;
  outOfScope: string;
  milestones: MilestoneDraft[];
  coachDays: string;
  budget: string;
  notes: string;
  assumptions: string;
  approvers: string[];
  kpis: KpiDraft[];
};

/** A new, empty process row. */
export const emptyProcess = (): ProcessDraft => ({
  process: BUILT_IN_PROCESSES[0].id,
  baselineLevel: '0',
  targetLevel: '',
  targetDate: '',
});

/** The editor's start: a copy of the current version, or one empty row. */
export function draftFrom(version: ScopeVersion | undefined): ScopeDraft {
  if (!version) {
    return {
      processes: [emptyProcess()],
      objectives: '',
      outOfScope: '',
      milestones: [],
      coachDays: '',
      budget: '',
      notes: '',
      assumptions: '',
      approvers: [],
      kpis: [],
    };
  }
  return {
    processes: version.processes.map(p => ({
      process: p.process,
      baselineLevel: String(p.baselineLevel),
      targetLevel: String(p.targetLevel),
      targetDate: p.targetDate,
    })),
    objectives: version.objectives.join('\n'),
    outOfScope: version.outOfScope.join('\n'),
    milestones: version.milestones.map(m => ({ ...m })),
    coachDays: String(version.resources.coachDays),
    budget: String(version.resources.budget),
    notes: version.resources.notes,
    assumptions: version.assumptions.join('\n'),
    approvers: [...version.approvers],
    kpis: (version.kpis ?? []).map(k => ({
      ...k,
      baseline: String(k.baseline),
      target: String(k.target),
    })),
  };
}

/** The non-empty lines of a text, trimmed. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean);

const number = (text: string) =>
  text.trim() === '' ? undefined : Number(text);

/**
 * How the scope editor words zod's issues: dates, numbers and the first
 * process, then as the other forms do (`formParseParams`).
 */
export const scopeParseParams: typeof formParseParams = {
  error: issue => {
    if (issue.code === 'invalid_format' && issue.format === 'date') {
      return issue.input === '' ? 'Required' : 'Enter a date';
    }
    if (issue.code === 'too_small' && issue.origin === 'array') {
      return 'Add at least one process';
    }
    if (issue.code === 'too_small' && issue.origin === 'number') {
      return `Use ${issue.minimum} or more`;
    }
    if (issue.code === 'too_big' && issue.origin === 'number') {
      return `Use at most ${issue.maximum}`;
    }
    if (issue.code === 'invalid_type' && issue.expected === 'number') {
      return issue.input === undefined ? 'Required' : 'Enter a number';
    }
    const base = formParseParams.error;
    return typeof base === 'function' ? base(issue) : undefined;
  },
};

/**
 * The body to check with `scopeVersionCreateSchema` (and
 * `scopeParseParams`): lists of lines, numbers as numbers.
 */
export const scopeBody = (draft: ScopeDraft) => ({
  processes: draft.processes.map(p => ({
    process: p.process,
    baselineLevel: number(p.baselineLevel),
    targetLevel: number(p.targetLevel),
    targetDate: p.targetDate,
  })),
  objectives: lines(draft.objectives),
  outOfScope: lines(draft.outOfScope),
  milestones: draft.milestones.map(m => ({
    title: m.title,
    date: m.date,
  })),
  resources: {
    coachDays: number(draft.coachDays),
    budget: number(draft.budget),
    notes: draft.notes,
  },
  assumptions: lines(draft.assumptions),
  approvers: draft.approvers,
  // Left out without KPIs, as versions from before KPIs were sent.
  ...(draft.kpis.length > 0 && {
    kpis: draft.kpis.map(k => ({
      ...(k.id && { id: k.id }),
      objective: k.objective.trim(),
      name: k.name,
      unit: k.unit,
      baseline: number(k.baseline),
      target: number(k.target),
      direction: k.direction,
    })),
  }),
});

/** A message of the common rules as a sentence, such as "Must be above…". */
export const sentence = (message: string) =>
  `${message.charAt(0).toLocaleUpperCase('en-GB')}${message.slice(1)}`;
