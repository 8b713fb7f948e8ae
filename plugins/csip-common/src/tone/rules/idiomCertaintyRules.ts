import type { ToneRule } from '../toneRules';
import { VIEW_VERBS, sentenceHas, beforeMatch } from './idiomHelpers';
import {
  initial,
  negativeAfter,
  negativeContext,
  otherPeopleSubject,
  personSubject,
  WHY_BLAME,
  WHY_CERTAIN,
  WHY_HABIT,
  WHY_SHAME,
  WHY_SWEEP,
} from './ruleHelpers';

/**
 * Certainty and motives in idioms: "without question", "wanted to look good", "knew … was wrong", "act as if".
 *
 * @internal
 */
export const IDIOM_CERTAINTY_RULES: readonly ToneRule[] = [
  // Certainty and motives --------------------------------------------------
  {
    pattern: '[without question|fail]',
    category: 'assumption',
    suggestion: m => initial(m, 'from what we saw'),
    why: WHY_CERTAIN,
    when: m =>
      m.tokens[m.from + 1]?.norm === 'question' || m.from === m.sentenceStart,
  },
  {
    pattern: '[regardless|anyway|nonetheless|nevertheless]',
    category: 'assumption',
    suggestion: 'as well',
    why: WHY_CERTAIN,
    when: m =>
      sentenceHas(m, l =>
        ['know', 'aware', 'realise', 'realize'].includes(l),
      ) && otherPeopleSubject({ ...m, from: m.sentenceStart + 3 }),
  },
  {
    pattern: '[act|acts|acted|behave|behaves|behaved like|as ?if|though]',
    category: 'assumption',
    suggestion: 'work as though',
    why: WHY_CERTAIN,
    when: m =>
      otherPeopleSubject(m) &&
      (negativeContext(m) ||
        m.tokens
          .slice(m.to + 1, m.to + 6)
          .some(t =>
            ['above', 'beneath', 'exempt', 'immune', 'special'].includes(
              t.norm,
            ),
          )),
  },
  {
    pattern: '[@POSS problem|job|concern|responsibility]',
    category: 'assumption',
    suggestion: 'a shared responsibility not yet assigned',
    why: WHY_CERTAIN,
    when: m =>
      beforeMatch(m, VIEW_VERBS) &&
      sentenceHas(m, (_l, n) => n === 'not' || n === 'never'),
  },
  {
    pattern: '[to keep|make|leave @ANY ?@ANY happy|quiet|off]',
    category: 'assumption',
    suggestion: 'for',
    why: WHY_CERTAIN,
    when: m => m.tokens[m.to].norm !== 'off' || negativeContext(m),
  },
  {
    pattern: '[want|wants|wanted|wanting to look|appear|seem|impress|please]',
    category: 'assumption',
    suggestion: 'aimed to',
    why: WHY_CERTAIN,
    when: otherPeopleSubject,
  },
  {
    pattern: '[knew] @ANY',
    category: 'assumption',
    suggestion: 'may have known',
    why: WHY_CERTAIN,
    when: m =>
      otherPeopleSubject({ ...m, to: m.from }) &&
      negativeAfter(m) &&
      !['not', 'never', "n't"].includes(m.tokens[m.from - 1]?.norm ?? ''),
  },
  {
    pattern: '[hide|hides|hiding|hid behind]',
    category: 'blame',
    suggestion: 'pointing to',
    why: WHY_BLAME,
  },
  {
    pattern: '[come|comes|came|coming across as]',
    category: 'assumption',
    suggestion: 'came across to me as',
    why: WHY_CERTAIN,
    when: negativeAfter,
  },
  {
    pattern: '[can|could count on @ANY ?@ANY ?@ANY to]',
    category: 'absolute',
    suggestion: 'have seen',
    why: WHY_HABIT,
    when: negativeAfter,
  },
  {
    pattern:
      '[who thought|decided|said|figured it be|was|would acceptable|okay|ok|fine|sensible|wise]',
    category: 'command',
    suggestion: 'what led to the view that it was',
    why: WHY_SHAME,
  },
  {
    pattern: '[be|is|are|was|were behind every|each|all|most]',
    category: 'blame',
    suggestion: 'is linked to several',
    why: WHY_BLAME,
    when: personSubject,
  },
  {
    pattern: "[the least|most @ANY ~ i|we have|'ve ever]",
    category: 'absolute',
    suggestion: 'one of the less mature',
    why: WHY_SWEEP,
  },
  {
    pattern: '[even a|the minimal|basic|minimum|bare]',
    category: 'absolute',
    suggestion: 'yet a',
    why: WHY_SWEEP,
    when: m =>
      sentenceHas(m, (_l, n) =>
        ['not', 'none', 'no', 'nothing', "n't", 'fail'].includes(n),
      ),
  },
  {
    pattern: '[what really happen|happened|happens be|is|was]',
    category: 'assumption',
    suggestion: 'What we saw',
    why: WHY_CERTAIN,
  },
  {
    pattern:
      '[purely|simply|just|only|solely so ?that @P could|can|would|might]',
    category: 'assumption',
    suggestion: 'so that',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[do|does|did @NOT think|believe ~ matter|matters|count|counts]',
    category: 'assumption',
    suggestion: 'may not yet see why',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[no question about it]',
    category: 'assumption',
    suggestion: 'as we see it',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[it be|is fair to say]',
    category: 'assumption',
    suggestion: 'as we see it',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[one|we|i can|could only assume|imagine|guess|presume|suppose]',
    category: 'assumption',
    suggestion: 'we have not yet asked, but perhaps',
    why: WHY_CERTAIN,
  },
  {
    pattern:
      '[a|an transparent|obvious|clear|blatant|thinly attempt|effort|ploy|ruse|bid|move to]',
    category: 'assumption',
    suggestion: 'a step that also helped to',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[what @P|the ~ call|calls|called]',
    category: 'verdict',
    suggestion: 'what is described as',
    why: WHY_CERTAIN,
    when: m =>
      m.from === m.sentenceStart &&
      m.tokens.slice(m.to + 1, m.to + 6).some(t => t.lemma === 'be'),
  },
];
