import type { ToneRule } from '../toneRules';
import { sentenceHas, personSubjectOrProcess } from './idiomHelpers';
import {
  WHY_ABSOLUTE,
  WHY_BLAME,
  WHY_COMMAND,
  WHY_HABIT,
  WHY_SWEEP,
  WHY_VERDICT,
} from './ruleHelpers';

/**
 * Rough work, sweeping verdicts and habitual blame in idioms: "cobbled together", "goes out the window", "week in, week out".
 *
 * @internal
 */
export const ROUGH_WORK_RULES: readonly ToneRule[] = [
  // Rough work and sweeping verdicts --------------------------------------
  {
    pattern: '[be|is|was|are dead|moribund|defunct|comatose]',
    category: 'verdict',
    suggestion: 'is not yet active',
    why: WHY_SWEEP,
    when: personSubjectOrProcess,
  },
  {
    pattern:
      '[run|runs|ran|running on luck|hope|goodwill|heroics|prayer|prayers|fumes]',
    category: 'verdict',
    suggestion: 'relies on individual effort',
    why: WHY_SWEEP,
  },
  {
    pattern: '[abuse|abused|abusing|abuses]',
    category: 'blame',
    suggestion: 'used',
    why: WHY_BLAME,
    when: m => m.tokens[m.from].pos === 'VERB',
  },
  {
    pattern: '[be|was|were|been|got abandon|abandoned]',
    category: 'verdict',
    suggestion: 'was left without an owner',
    why: WHY_VERDICT,
  },
  {
    pattern: '[worth|worthy|deserving ?of the name]',
    category: 'verdict',
    suggestion: 'fully formed yet',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[a bit of a|an joke|farce|mess|shambles|circus|nightmare|disaster|fiasco]',
    category: 'verdict',
    suggestion: 'not yet working as intended',
    why: WHY_VERDICT,
  },
  {
    pattern: '[skimp|skimped|skimping|skimps on]',
    category: 'blame',
    suggestion: 'given less time',
    why: WHY_BLAME,
  },
  {
    pattern: '[a ?real|serious|major|basic lapse]',
    category: 'verdict',
    suggestion: 'a gap',
    why: WHY_VERDICT,
  },
  {
    pattern: '[up to the job|task]',
    category: 'label',
    suggestion: 'settled in the role yet',
    why: WHY_BLAME,
    when: m => sentenceHas(m, (_l, n) => ['not', "n't", 'never'].includes(n)),
  },
  {
    pattern: '[must|should|will|can @NOT happen again|continue]',
    category: 'command',
    suggestion: 'is worth preventing next time',
    why: WHY_COMMAND,
  },
  {
    pattern:
      '[cobble|cobbled|slap|slapped|thrown|hack|hacked|bodge|bodged together]',
    category: 'verdict',
    suggestion: 'put together quickly',
    why: WHY_VERDICT,
  },
  {
    pattern: '[go|goes|went|gone out the|of window]',
    category: 'verdict',
    suggestion: 'is set aside',
    why: WHY_VERDICT,
  },
  {
    pattern: '[little|nothing|no more than]',
    category: 'verdict',
    suggestion: 'at present',
    why: WHY_SWEEP,
    when: m => m.tokens[m.to + 1]?.pos === 'DET',
  },
  {
    pattern:
      '[a|the breakdown|collapse|absence|erosion of discipline|rigour|rigor|control|professionalism|governance]',
    category: 'verdict',
    suggestion: 'room to strengthen',
    why: WHY_VERDICT,
  },
  {
    pattern: '[be|get throw|thrown|scrapped|binned|ditched|junked out|away]',
    category: 'verdict',
    suggestion: 'rethought',
    why: WHY_SWEEP,
  },
  {
    pattern: '[be|get scrap|scrapped|binned|ditched|junked]',
    category: 'verdict',
    suggestion: 'rethought',
    why: WHY_SWEEP,
    when: m =>
      sentenceHas(m, l =>
        ['need', 'should', 'must', 'deserve', 'ought'].includes(l),
      ),
  },
  {
    pattern: '[nothing but]',
    category: 'verdict',
    suggestion: 'at present mainly',
    why: WHY_SWEEP,
  },
  // Habitual blame and absolutes ------------------------------------------
  {
    pattern: '[yet another]',
    category: 'absolute',
    suggestion: 'another',
    why: WHY_HABIT,
  },
  {
    pattern: '[for everything|anything ?here]',
    category: 'absolute',
    suggestion: 'for many things',
    why: WHY_ABSOLUTE,
    when: m => {
      const next = m.tokens[m.to + 1];
      return !next || next.pos === 'PUNCT';
    },
  },
  {
    pattern:
      '[perennially|eternally|endlessly|incessantly|unfailingly|relentlessly|notoriously]',
    category: 'absolute',
    suggestion: 'often',
    why: WHY_HABIT,
  },
  {
    pattern:
      '[week|day|month|year|release|sprint in ?, ?and week|day|month|year|release|sprint out]',
    category: 'absolute',
    suggestion: 'on several occasions',
    why: WHY_HABIT,
  },
  {
    pattern: '[@NOT one] @N',
    category: 'absolute',
    suggestion: 'hardly a',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[@NOT a single] @N',
    category: 'absolute',
    suggestion: 'hardly a',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[forever|perpetually|permanently|constantly out of]',
    category: 'absolute',
    suggestion: 'often out of',
    why: WHY_HABIT,
  },
  {
    pattern:
      '[persistent|chronic|bad|ingrained|entrenched habit|pattern|culture of]',
    category: 'absolute',
    suggestion: 'a pattern worth looking at of',
    why: WHY_HABIT,
  },
  {
    pattern: '[the usual story|suspects|excuse|excuses|chaos|mess|scramble]',
    category: 'absolute',
    suggestion: 'a familiar pattern',
    why: WHY_HABIT,
  },
  {
    pattern:
      '[one long|big|continuous|endless improvisation|scramble|firefight|mess|muddle]',
    category: 'verdict',
    suggestion: 'still largely improvised',
    why: WHY_SWEEP,
  },
  {
    pattern: '[wishful thinking]',
    category: 'verdict',
    suggestion: 'hopes not yet tested',
    why: WHY_VERDICT,
  },
  {
    pattern: '[sorry|poor|pale|feeble excuse|imitation|substitute for]',
    category: 'verdict',
    suggestion: 'an early version of',
    why: WHY_VERDICT,
  },
  {
    pattern: '[would|could @NOT survive|last|stand]',
    category: 'verdict',
    suggestion: 'would not yet satisfy',
    why: WHY_VERDICT,
    when: m =>
      m.tokens
        .slice(m.to + 1, m.to + 8)
        .some(t =>
          [
            'minute',
            'minutes',
            'scrutiny',
            'audit',
            'auditor',
            'test',
          ].includes(t.norm),
        ),
  },
  {
    pattern: '[be a stretch|generous|charitable to call|describe|say]',
    category: 'verdict',
    suggestion: 'is not yet accurate to call',
    why: WHY_VERDICT,
  },
  {
    pattern: '[serve|serves|served any ?real|useful purpose]',
    category: 'absolute',
    suggestion: 'serve its purpose yet',
    why: WHY_SWEEP,
  },
  {
    pattern: '[on the part of]',
    category: 'blame',
    suggestion: 'by',
    why: WHY_BLAME,
    when: m =>
      m.tokens
        .slice(Math.max(m.sentenceStart, m.from - 4), m.from)
        .some(t =>
          [
            'failure',
            'negligence',
            'neglect',
            'lapse',
            'neglectfulness',
            'carelessness',
          ].includes(t.lemma),
        ),
  },
];
