import type { HandoverCategory } from './handoverSchema';

/** One item of the built-in handover checklist. @public */
export type HandoverTemplateItem = {
  /** Stable key; with the process, identifies the item in a programme. */
  key: string;
  category: HandoverCategory;
  /** One item per in-scope process, with `{process}` in its words. */
  perProcess: boolean;
  title: string;
  description: string;
  weight: number;
  critical: boolean;
};

/**
 * The built-in handover checklist: what has to be true for the coach to
 * leave and the team to carry on successfully.
 *
 * @public
 */
export const HANDOVER_TEMPLATE: readonly HandoverTemplateItem[] = [
  {
    key: 'process-owner-accepted',
    category: 'ownership',
    perProcess: true,
    title: 'A named process owner has accepted ownership of {process}',
    description:
      'The owner is named in the process document and says so in their own words at a team meeting.',
    weight: 3,
    critical: true,
  },
  {
    key: 'sponsor-confirms-ownership',
    category: 'ownership',
    perProcess: false,
    title: 'The sponsor confirms the team owns the improvement programme',
    description: 'Recorded in the minutes of a programme board.',
    weight: 2,
    critical: false,
  },
  {
    key: 'documentation-owned',
    category: 'documentation',
    perProcess: true,
    title: '{process} documentation and runbooks are maintained by the team',
    description:
      'The last changes to the process document and runbooks were made by team members, not the coach.',
    weight: 2,
    critical: false,
  },
  {
    key: 'review-without-coach',
    category: 'skills',
    perProcess: true,
    title: 'The team ran a {process} review without the coach',
    description:
      'A published review led by the team, with ratings, strengths and agreed actions.',
    weight: 3,
    critical: true,
  },
  {
    key: 'new-members-onboarded',
    category: 'skills',
    perProcess: false,
    title: 'The team introduces new members to the maturity model itself',
    description: 'A new member was walked through the criteria by a colleague.',
    weight: 1,
    critical: false,
  },
  {
    key: 'metrics-kept',
    category: 'measurement',
    perProcess: true,
    title: 'The team keeps the {process} metrics and reports them monthly',
    description:
      'The last three monthly reports were produced by the team and discussed at its own meeting.',
    weight: 2,
    critical: false,
  },
  {
    key: 'improvement-register-owned',
    category: 'governance',
    perProcess: false,
    title: 'The improvement register is owned and reviewed by the team',
    description:
      'Actions are added, updated and closed by team members at a regular review.',
    weight: 2,
    critical: true,
  },
  {
    key: 'actions-tracked',
    category: 'governance',
    perProcess: false,
    title: 'Review actions are followed up by the team without prompting',
    description: 'Overdue actions are raised by the team at its own meetings.',
    weight: 1,
    critical: false,
  },
  {
    key: 'next-phase-planned',
    category: 'continuity',
    perProcess: false,
    title: 'The next CSIP phase is planned by the team',
    description:
      'Scope, targets and timetable of the next phase drafted by the team and shared with the sponsor.',
    weight: 3,
    critical: true,
  },
  {
    key: 'successors-named',
    category: 'continuity',
    perProcess: false,
    title: 'A successor is named for each process owner',
    description: 'So that the process keeps an owner when people move on.',
    weight: 1,
    critical: false,
  },
];

/** A checklist item about to be created from the template. @public */
export type TemplateItemDraft = {
  templateKey: string;
  category: HandoverCategory;
  process?: string;
  title: string;
  description: string;
  weight: number;
  critical: boolean;
};

/**
 * The template items a programme should have for its in-scope processes
 * that it does not have yet: everything on the first scope, and the
 * per-process items of processes added by later scope versions.
 *
 * @public
 */
export function missingTemplateItems(
  existing: ReadonlyArray<{ templateKey?: string; process?: string }>,
  processes: ReadonlyArray<{ id: string; name: string }>,
): TemplateItemDraft[] {
  const has = new Set(
    existing
      .filter(i => i.templateKey)
      .map(i => `${i.templateKey}|${i.process ?? ''}`),
  );
  const drafts: TemplateItemDraft[] = [];
  for (const item of HANDOVER_TEMPLATE) {
    const targets = item.perProcess ? processes : [undefined];
    for (const process of targets) {
      if (has.has(`${item.key}|${process?.id ?? ''}`)) continue;
      drafts.push({
        templateKey: item.key,
        category: item.category,
        ...(process && { process: process.id }),
        title: item.title.replace('{process}', process?.name ?? ''),
        description: item.description,
        weight: item.weight,
        critical: item.critical,
      });
    }
  }
  return drafts;
}
