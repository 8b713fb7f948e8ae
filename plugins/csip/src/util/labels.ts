import { BUILT_IN_PROCESSES } from '@csip-coach/plugin-csip-common';

// Names that the backend (CSV) and the frontend both use live in common.
export {
  APPROACH_NAMES,
  PHASE_NAMES,
  SCOPE_STATUS_NAMES,
} from '@csip-coach/plugin-csip-common';
import type {
  Approach,
  Programme,
  ProgrammeRole,
  ReadinessQuestion,
} from '@csip-coach/plugin-csip-common';

/** What each implementation approach means, in one sentence. */
export const APPROACH_DESCRIPTIONS: Record<Approach, string> = {
  'done-to-you': 'An outside organisation implements ITSM for you.',
  diy: 'Your own people implement ITSM themselves.',
  'diy-with-coaching':
    'Your own people implement ITSM, with selective coaching from an expert.',
};

/** Each programme role's name, as people read it. */
export const ROLE_NAMES: Record<ProgrammeRole, string> = {
  sponsor: 'Sponsor',
  coach: 'Coach',
  lead: 'Lead',
  member: 'Member',
};

/** The programme roles in the order the UI offers them. */
export const PROGRAMME_ROLES: ProgrammeRole[] = [
  'sponsor',
  'coach',
  'lead',
  'member',
];

type Driver = Programme['driver'];

/** Each programme driver's name, as people read it. */
export const DRIVER_NAMES: Record<Driver, string> = {
  strategic: 'Strategic',
  operational: 'Operational',
};

/** What each programme driver means. */
export const DRIVER_DESCRIPTIONS: Record<Driver, string> = {
  strategic: 'Part of delivering the organisation’s strategy.',
  operational:
    'Fixing an operational problem, such as missed SLAs or failed changes.',
};

/** Each business driver visibility's name, as people read it. */
export const VISIBILITY_NAMES: Record<'obvious' | 'hidden', string> = {
  obvious: 'Obvious',
  hidden: 'Hidden',
};

/** The readiness questions, as asked. */
export const READINESS_QUESTION_TEXT: Record<ReadinessQuestion, string> = {
  experience:
    'How much experience does the team have of implementing ITSM processes?',
  capacity:
    'How much capacity do people have for improvement work beside day-to-day operations?',
  ownership: 'How willing are the leaders to own the processes?',
  openness: 'How open is the organisation to outside expertise?',
  urgency: 'How urgent is the operational pain?',
  budget: 'How much budget is there for outside expertise?',
  retainKnowhow: 'How much do you need to keep the know-how in house?',
  riskTolerance:
    'How much risk of mistakes along the way will the organisation accept while it learns?',
};

/** The labels of the answers 1 to 5 of every readiness question. */
export const ANSWER_LABELS = [
  '1 – Not at all',
  '2 – A little',
  '3 – Somewhat',
  '4 – Quite a lot',
  '5 – Very much',
] as const;

/** Each approver decision, as people read it; undefined is undecided. */
export const AGREEMENT_DECISION_NAMES = {
  agree: 'Agreed',
  decline: 'Declined',
  undecided: 'Not yet decided',
} as const;

/** Each kind of change between scope versions, as people read it. */
export const CHANGE_KIND_NAMES: Record<
  'added' | 'removed' | 'changed',
  string
> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

/** Each section of a scope version, as people read it. */
export const SCOPE_SECTION_NAMES: Record<
  | 'processes'
  | 'objectives'
  | 'outOfScope'
  | 'milestones'
  | 'resources'
  | 'assumptions'
  | 'approvers'
  | 'kpis',
  string
> = {
  processes: 'Processes',
  objectives: 'Objectives',
  outOfScope: 'Out of scope',
  milestones: 'Milestones',
  resources: 'Resources',
  assumptions: 'Assumptions',
  approvers: 'Approvers',
  kpis: 'Outcome KPIs',
};

/** The capability levels 0–5, named after ISO/IEC 33020. */
export const CAPABILITY_LEVEL_NAMES = [
  'Incomplete',
  'Performed',
  'Managed',
  'Established',
  'Predictable',
  'Innovating',
] as const;

/** A process's name: the built-in name, or its id for a configured one. */
export function processName(id: string): string {
  return BUILT_IN_PROCESSES.find(p => p.id === id)?.name ?? id;
}
