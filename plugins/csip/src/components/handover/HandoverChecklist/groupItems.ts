import {
  handoverCategorySchema,
  type HandoverCategory,
  type HandoverItem,
} from '@csip-coach/plugin-csip-common';

/** The items of one process (or of the whole programme) in a category. */
export type ProcessGroup = {
  /** The process id; undefined for the whole programme. */
  process?: string;
  items: HandoverItem[];
};

/** The items of one category, by process. */
export type CategoryGroup = {
  category: HandoverCategory;
  groups: ProcessGroup[];
};

/**
 * The checklist by category, in the categories' order, and within each by
 * process: the whole programme first, then the processes in `order`, then
 * any other process.
 */
export function groupItems(
  items: readonly HandoverItem[],
  order: readonly string[],
): CategoryGroup[] {
  const rank = (process?: string) => {
    if (process === undefined) return -1;
    const index = order.indexOf(process);
    return index === -1 ? order.length : index;
  };
  return handoverCategorySchema.options
    .map(category => {
      const groups: ProcessGroup[] = [];
      for (const item of items.filter(i => i.category === category)) {
        const group = groups.find(g => g.process === item.process);
        if (group) group.items.push(item);
        else groups.push({ process: item.process, items: [item] });
      }
      groups.sort((a, b) => rank(a.process) - rank(b.process));
      return { category, groups };
    })
    .filter(c => c.groups.length > 0);
}

/**
 * How far the checklist has come, in words. Retired items (their process
 * left the scope) are listed but not counted.
 */
export function summariseItems(items: readonly HandoverItem[]): string {
  const counted = items.filter(i => !i.retiredAt);
  const retired = items.length - counted.length;
  const count = (status: HandoverItem['status']) =>
    counted.filter(i => i.status === status).length;
  return `${count('verified')} of ${
    counted.length
  } verified by the coach, ${count(
    'demonstrated',
  )} demonstrated by the team, ${count('in-progress')} in progress, ${count(
    'not-started',
  )} not started${
    retired
      ? `; ${retired} retired (${
          retired === 1 ? 'its' : 'their'
        } process left the scope, not counted)`
      : ''
  }`;
}
