import { beFor, inflect, negated } from '../toneMorphology';
import type { ToneRule } from '../toneRules';
import {
  tok,
  formAt,
  beLike,
  subjectPlural,
  afterHave,
  WHY_SWEEP,
  WHY_VERDICT,
  processSubject,
} from './ruleHelpers';

/**
 * Sweeping verdicts about a whole process.
 *
 * @internal
 */
export const SWEEP_RULES: readonly ToneRule[] = [
  // Sweeping verdicts about a whole process ------------------------------
  {
    pattern: '[do @NOT ?really ?actually work|function]',
    category: 'verdict',
    suggestion: m => `${tok(m, 0)!.norm} not yet work as intended`,
    why: WHY_SWEEP,
    when: m => processSubject(m),
  },
  {
    pattern: '[be @NOT ?really work|functioning]',
    category: 'verdict',
    suggestion: m => `${beLike(m, 0)} not yet working as intended`,
    why: WHY_SWEEP,
    when: m => processSubject(m),
  },
  {
    pattern: '[add|bring|provide no value]',
    category: 'verdict',
    suggestion: m =>
      `${negated(tok(m, 0)!.lemma, formAt(m, 0), true)} the value it could`,
    why: WHY_SWEEP,
  },
  {
    pattern: '[serve no purpose]',
    category: 'verdict',
    suggestion: m => `${negated('serve', formAt(m, 0), true)} its purpose`,
    why: WHY_SWEEP,
  },
  {
    pattern: '[make no sense]',
    category: 'verdict',
    suggestion: m => `${beFor(formAt(m, 0), subjectPlural(m))} not yet clear`,
    why: WHY_SWEEP,
  },
  {
    pattern: '[?only exist only|just|purely ?on paper]',
    category: 'verdict',
    suggestion: m =>
      `${beFor(formAt(m, 1), subjectPlural(m))} not yet practised`,
    why: WHY_SWEEP,
    when: m => !!tok(m, 4) || !!tok(m, 0),
  },
  {
    pattern: '[?have collapse]',
    category: 'verdict',
    suggestion: m =>
      afterHave(
        m,
        'lost momentum',
        `${inflect('lose', formAt(m, 1))} momentum`,
      ),
    why: WHY_SWEEP,
    when: m => processSubject(m),
  },
  {
    pattern: '[beyond repair|saving|help|hope|redemption]',
    category: 'verdict',
    suggestion: 'in need of a fresh approach',
    why: WHY_SWEEP,
  },
  {
    pattern: '[rotten to the core]',
    category: 'verdict',
    suggestion: 'in need of a fresh approach',
    why: WHY_SWEEP,
  },
  {
    pattern: '[out of control]',
    category: 'verdict',
    suggestion: 'not yet under control',
    why: WHY_SWEEP,
  },
  {
    pattern: '[unfit for purpose]',
    category: 'verdict',
    suggestion: 'not yet fit for purpose',
    why: WHY_SWEEP,
  },
  {
    pattern: '[be @NOT fit for purpose]',
    category: 'verdict',
    suggestion: m => `${beLike(m, 0)} not yet fit for purpose`,
    why: WHY_SWEEP,
  },
  {
    pattern: '[be @NOT worth the paper ?it ?be ?write ?on]',
    category: 'verdict',
    suggestion: m => `${beLike(m, 0)} not yet used in practice`,
    why: WHY_SWEEP,
  },
  {
    pattern: '[a|the step backwards|backward]',
    category: 'verdict',
    suggestion: 'a change the team is still adjusting to',
    why: WHY_VERDICT,
  },
];
