import {
  reviewAmendmentSchema,
  reviewCreateSchema,
  type Review,
  type ReviewContent,
  type ReviewCreate,
  type ReviewRating,
} from '@csip-coach/plugin-csip-common';
import {
  FieldErrors,
  fieldErrors,
  formParseParams,
} from '../../../util/formIssues';

/** What the review editor holds while the coach types. */
export type ReviewDraft = ReviewContent & {
  /** Why a published review is amended; only used in amend mode. */
  reason: string;
};

/** The editor's start: a copy of the review's content. */
export function draftFrom(review: Review): ReviewDraft {
  return {
    date: review.date,
    ledBy: review.ledBy,
    participants: [...review.participants],
    evidence: [...review.evidence],
    ratings: review.ratings.map(r => ({
      ...r,
      ...(r.evidence && { evidence: r.evidence.map(e => ({ ...e })) }),
    })),
    strengths: [...review.strengths],
    observations: [...review.observations],
    suggestions: review.suggestions.map(s => ({ ...s })),
    actions: review.actions.map(a => ({ ...a })),
    reason: '',
  };
}

const blank = (...texts: Array<string | undefined>) =>
  texts.every(t => (t ?? '').trim() === '');

/**
 * The object without the optional texts left empty; the same object when
 * there are none, so that unchanged rows keep their identity.
 */
function withoutBlank<T extends object>(
  item: T,
  keys: ReadonlyArray<keyof T>,
): T {
  const empty = keys.filter(key => {
    const value = item[key];
    return typeof value === 'string' && blank(value);
  });
  if (!empty.length) return item;
  const copy = { ...item };
  for (const key of empty) delete copy[key];
  return copy;
}

/**
 * A rating without evidence rows left empty (and without an empty list);
 * the same object when there is nothing to drop.
 */
function pruneRating(rating: ReviewRating): ReviewRating {
  if (rating.evidence === undefined) return rating;
  const evidence = rating.evidence
    .filter(e => !blank(e.note, e.link))
    .map(e => withoutBlank(e, ['link']));
  const { evidence: _evidence, ...rest } = rating;
  return evidence.length ? { ...rest, evidence } : rest;
}

/**
 * The draft without rows the coach added but left empty, so that an
 * unused "Add strength" or "Add evidence" does not block saving, and
 * without optional texts left empty.
 */
export function pruneDraft(draft: ReviewDraft): ReviewDraft {
  return {
    ...draft,
    participants: draft.participants.filter(p => !blank(p)),
    ratings: draft.ratings.map(pruneRating),
    strengths: draft.strengths.filter(s => !blank(s)),
    observations: draft.observations.filter(o => !blank(o)),
    suggestions: draft.suggestions
      .filter(
        s =>
          !blank(
            s.technique,
            s.advice,
            s.why,
            s.evidence,
            s.expectedImprovement,
          ),
      )
      .map(s => withoutBlank(s, ['why', 'evidence', 'expectedImprovement'])),
    actions: draft.actions.filter(
      a => !blank(a.description, a.owner, a.measure, a.dueDate),
    ),
  };
}

/** A key that is equal for two drafts with the same content to save. */
export function contentKey(draft: ReviewDraft): string {
  const { reason: _reason, ...content } = pruneDraft(draft);
  return JSON.stringify(content);
}

type ParseParams = NonNullable<
  Parameters<typeof reviewCreateSchema.safeParse>[1]
>;

const reviewParseParams: ParseParams = {
  error: issue => {
    if (issue.code === 'invalid_format' && issue.input === '') {
      return 'Required';
    }
    if (issue.code === 'invalid_format' && issue.format === 'date') {
      return 'Enter a date';
    }
    const base = formParseParams.error;
    return typeof base === 'function' ? base(issue) : undefined;
  },
};

/** A message of the common rules as a sentence, such as "Must refer to…". */
const sentence = (message: string) =>
  `${message.charAt(0).toLocaleUpperCase('en-GB')}${message.slice(1)}`;

/** Whether the draft holds an empty text at a path such as `actions.0.owner`. */
function isEmptyAt(draft: ReviewDraft, path: string): boolean {
  let value: unknown = draft;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' && value.trim() === '';
}

/** The draft checked, as the body to send or the message per field. */
export type ParsedDraft =
  | { success: true; data: ReviewCreate; reason: string }
  | { success: false; errors: FieldErrors };

/**
 * The draft checked with the common `reviewCreateSchema` (agreed actions
 * with `actionFieldsSchema`), or `reviewAmendmentSchema` when amending,
 * which also needs a reason.
 */
export function parseDraft(
  process: string,
  draft: ReviewDraft,
  mode: 'draft' | 'amend',
): ParsedDraft {
  const { reason, ...content } = draft;
  const parsed =
    mode === 'amend'
      ? reviewAmendmentSchema.safeParse(
          { process, ...content, reason },
          reviewParseParams,
        )
      : reviewCreateSchema.safeParse(
          { process, ...content },
          reviewParseParams,
        );
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    for (const field of Object.keys(errors)) {
      // An empty owner fails the entity-ref rule, whose message is its own.
      errors[field] = isEmptyAt(draft, field)
        ? 'Required'
        : sentence(errors[field]);
    }
    return { success: false, errors };
  }
  const {
    reason: parsedReason = '',
    acknowledgeTone: _acknowledgeTone,
    ...data
  } = parsed.data as ReviewCreate & {
    reason?: string;
    acknowledgeTone?: boolean;
  };
  return { success: true, data, reason: parsedReason };
}

const PLACES: Record<string, string> = {
  ratings: 'Rating',
  strengths: 'Strength',
  observations: 'Observation',
  suggestions: 'Growth suggestion',
  actions: 'Agreed action',
};

const PARTS: Record<string, string> = {
  technique: 'technique',
  advice: 'advice',
  description: 'what will be done',
  measure: 'measure of done',
  naReason: 'why not applicable',
  evidence: 'evidence',
  why: 'why',
  expectedImprovement: 'expected improvement',
};

/**
 * Where a tone finding is, such as "Growth suggestion 2, advice" or
 * "Rating 4, evidence 1".
 */
export function findingPlace(field: string): string {
  const [list, index, part, partIndex] = field.split('.');
  const place = `${PLACES[list] ?? list} ${Number(index) + 1}`;
  if (!part) return place;
  const named = PARTS[part] ?? part;
  return partIndex === undefined
    ? `${place}, ${named}`
    : `${place}, ${named} ${Number(partIndex) + 1}`;
}
