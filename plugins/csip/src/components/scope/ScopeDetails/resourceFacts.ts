import type { ScopeVersion } from '@csip-coach/plugin-csip-common';
import type { Fact } from '../../shared';

/**
 * A scope version's resources and cost estimate as terms and values:
 * coach days, budget and notes.
 *
 * @internal
 */
export const resourceFacts = ({
  coachDays,
  budget,
  notes,
}: ScopeVersion['resources']): Fact[] => [
  { term: 'Coach days', value: coachDays },
  { term: 'Budget', value: budget.toLocaleString() },
  { term: 'Notes', value: notes || 'None' },
];
