import type { IndexableDocument } from '@backstage/plugin-search-common';
import type {
  Approach,
  ProgrammePhase,
  ProgrammeSummary,
} from '@csip-coach/plugin-csip-common';

/**
 * The search document type of CSIP programmes; use it to filter search
 * results (`types: ['csip-programme']`) or to pick a result list item.
 *
 * @public
 */
export const CSIP_PROGRAMME_DOCUMENT_TYPE = 'csip-programme';

/** The scope statuses a programme can be in. @public */
export type CsipScopeStatus = NonNullable<
  ProgrammeSummary['status']
>['scopeStatus'];

/**
 * One CSIP programme in the search index.
 *
 * `title` is the programme title, `text` a sentence about where the
 * programme stands, `location` the programme's page. The other fields can be
 * used as search filters.
 *
 * @public
 */
export interface CsipProgrammeDocument extends IndexableDocument {
  /** The programme id. */
  programmeId: string;
  /** The owning group or system, e.g. `group:default/it-operations`. */
  ownerRef: string;
  phase: ProgrammePhase;
  /** The implementation approach, when decided. */
  approach?: Approach;
  /** The scope agreement status, when the programme status is computed. */
  scopeStatus?: CsipScopeStatus;
  archived: boolean;
  /** When the programme last changed (ISO 8601). */
  updatedAt: string;
}

const PHASE_WORDS: Record<ProgrammePhase, string> = {
  establish: 'Establish',
  implement: 'Implement',
  review: 'Review',
  handover: 'Handover',
  sustain: 'Sustain',
};

const APPROACH_WORDS: Record<Approach, string> = {
  'done-to-you': 'done to you',
  diy: 'do it yourself',
  'diy-with-coaching': 'do it yourself with coaching',
};

const SCOPE_WORDS: Record<CsipScopeStatus, string> = {
  draft: 'Scope in draft, no version published yet.',
  'awaiting-agreement': 'Scope awaiting agreement.',
  agreed: 'Scope agreed by every approver.',
  declined: 'Scope declined.',
};

const CAMP_WORDS: Record<
  NonNullable<ProgrammeSummary['status']>['summitCamp'],
  string
> = {
  start: 'Setting out towards the agreed targets',
  'base-camp': 'Reached Base camp',
  'camp-2': 'Reached Camp 2',
  'camp-3': 'Reached Camp 3',
  summit: 'Reached the summit',
};

const VERDICT_WORDS: Record<
  NonNullable<ProgrammeSummary['verdict']>,
  string
> = {
  successful: 'Closed as successful.',
  'partly-successful': 'Closed as partly successful.',
  withdrawn: 'Closed: withdrawn.',
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Where a programme stands, in words, e.g. "Strategic programme in the
 * Implement phase, owned by group:default/it-operations, implemented as do it
 * yourself with coaching. Scope agreed by every approver. Not yet ready for
 * the coach to leave: 2 blockers. Reached Base camp (24 % of the climb)."
 * A closed programme ends with its verdict, e.g. "Closed as successful."
 *
 * @public
 */
export function describeProgramme(programme: ProgrammeSummary): string {
  const approach = programme.approach
    ? `implemented as ${APPROACH_WORDS[programme.approach]}`
    : 'implementation approach not yet decided';
  const driver = programme.driver === 'strategic' ? 'Strategic' : 'Operational';
  const sentences = [
    `${driver} programme in the ${
      PHASE_WORDS[programme.phase]
    } phase, owned by ${programme.ownerRef}, ${approach}.`,
  ];
  const status = programme.status;
  if (status) {
    sentences.push(SCOPE_WORDS[status.scopeStatus]);
    sentences.push(
      status.ready
        ? 'Ready for the coach to leave.'
        : `Not yet ready for the coach to leave: ${plural(
            status.blockers,
            'blocker',
            'blockers',
          )}.`,
    );
    const camp = CAMP_WORDS[status.summitCamp];
    sentences.push(
      status.summitPercent === null
        ? `${camp}.`
        : `${camp} (${status.summitPercent} % of the climb).`,
    );
  } else {
    sentences.push('Scope and readiness not yet assessed.');
  }
  if (programme.overdueActions) {
    sentences.push(
      `${plural(programme.overdueActions, 'action', 'actions')} overdue.`,
    );
  }
  if (programme.verdict) {
    sentences.push(VERDICT_WORDS[programme.verdict]);
  }
  if (programme.archived) {
    sentences.push('Archived.');
  }
  return sentences.join(' ');
}

/**
 * Turns one programme of `GET /api/csip/programmes` into a search document.
 *
 * @public
 */
export function toCsipProgrammeDocument(
  programme: ProgrammeSummary,
  locationTemplate: string = '/csip/programmes/:id',
): CsipProgrammeDocument {
  return {
    title: programme.title,
    text: describeProgramme(programme),
    location: locationTemplate.replace(':id', encodeURIComponent(programme.id)),
    // Lets the search backend hide the result from users who may not read
    // the programme (csip.programme.read on this resource).
    authorization: { resourceRef: programme.id },
    programmeId: programme.id,
    ownerRef: programme.ownerRef,
    phase: programme.phase,
    // Always set, so every document has the same fields (the Lunr engine
    // takes its fields from the first document).
    approach: programme.approach,
    scopeStatus: programme.status?.scopeStatus,
    archived: programme.archived,
    updatedAt: programme.updatedAt,
  };
}
