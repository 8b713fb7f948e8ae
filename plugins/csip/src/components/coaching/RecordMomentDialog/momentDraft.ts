import type {
  MaturityModel,
  MomentContextKind,
  MomentKind,
  ProcessDefinition,
  ScopeView,
} from '@csip-coach/plugin-csip-common';
import type { FieldErrors } from '../../../util/formIssues';

/** The moment as the form holds it: every text as typed, nothing left out. */
export type MomentDraft = {
  process: string;
  kind: MomentKind;
  context: { kind: MomentContextKind | ''; ref: string; title: string };
  observation: string;
  question: string;
  answer: string;
  commitment: { text: string; owner: string; followUpOn: string };
};

/** A new moment: in the work (the kind that works best), about `process`. */
export const emptyMoment = (process = ''): MomentDraft => ({
  process,
  kind: 'in-the-work',
  context: { kind: '', ref: '', title: '' },
  observation: '',
  question: '',
  answer: '',
  commitment: { text: '', owner: '', followUpOn: '' },
});

/** A text, or nothing when only blanks were typed. */
const given = (text: string) => (text.trim() ? text : undefined);

/**
 * The body to check with `momentCreateSchema`: blank optional fields left
 * out, and the context or the commitment only when any part of it was
 * filled in (then the schema says which part is missing).
 */
export function momentBody(draft: MomentDraft) {
  const { context, commitment } = draft;
  const hasContext = Boolean(
    context.kind || given(context.ref) || given(context.title),
  );
  const hasCommitment = Boolean(
    given(commitment.text) || commitment.owner || commitment.followUpOn,
  );
  return {
    process: draft.process || undefined,
    kind: draft.kind,
    context: hasContext
      ? {
          kind: context.kind || undefined,
          ref: given(context.ref),
          title: given(context.title),
        }
      : undefined,
    observation: draft.observation,
    question: given(draft.question),
    answer: given(draft.answer),
    commitment: hasCommitment
      ? {
          text: commitment.text,
          owner: commitment.owner || undefined,
          followUpOn: commitment.followUpOn || undefined,
        }
      : undefined,
  };
}

/** What a missing or wrong field means in this form, by field path. */
const WORDING: Record<string, string> = {
  process: 'Choose the process the moment is about',
  observation: 'Say what you observed',
  'context.kind':
    'Choose the kind of work, or clear the reference and the title',
  'commitment.text':
    'Say what the team commits to, or clear the commitment’s owner and date',
  'commitment.owner': 'Choose who sees the commitment through',
  'commitment.followUpOn': 'Choose the date to follow the commitment up',
};

/**
 * The schema's "Required" (and, for an empty date, its date format),
 * worded for each field of this form.
 */
export function wordMomentProblems(
  draft: MomentDraft,
  found: FieldErrors,
): void {
  const missing = (field: string) =>
    found[field] === 'Required' ||
    (field === 'commitment.followUpOn' &&
      Boolean(found[field]) &&
      !draft.commitment.followUpOn);
  for (const [field, words] of Object.entries(WORDING)) {
    if (missing(field)) found[field] = words;
  }
}

/**
 * The processes a moment may be about: those in the current scope first,
 * then the rest of the maturity model. Without a scope (or without
 * processes in it) every process of the model is in `others`.
 */
export function processChoices(
  model: MaturityModel,
  scope?: ScopeView,
): { inScope: ProcessDefinition[]; others: ProcessDefinition[] } {
  const scoped = new Set(scope?.current?.processes.map(p => p.process) ?? []);
  return {
    inScope: model.processes.filter(p => scoped.has(p.id)),
    others: model.processes.filter(p => !scoped.has(p.id)),
  };
}

/** A question of the bank, with the criterion it belongs to. */
export type QuestionOption = {
  /** Unique among the options: the criterion id and the question's place. */
  key: string;
  question: string;
  /** The criterion, as the options are grouped: "Level 2 · <criterion>". */
  group: string;
};

/** The question bank of one process: each criterion's questions, by level. */
export function questionOptions(
  process: ProcessDefinition | undefined,
): QuestionOption[] {
  if (!process) return [];
  return [...process.criteria]
    .sort((a, b) => a.level - b.level)
    .flatMap(criterion =>
      criterion.questions.map((question, index) => ({
        key: `${criterion.id}-${index}`,
        question,
        group: `Level ${criterion.level} · ${criterion.text}`,
      })),
    );
}
