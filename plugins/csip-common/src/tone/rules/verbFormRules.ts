import { inflect } from '../toneMorphology';
import type { ToneRule } from '../toneRules';
import { formAt, WHY_BLAME, WHY_VERDICT } from './ruleHelpers';

const MISHANDLE =
  'mismanage|mishandle|misjudge|misgovern|misuse|misrepresent|misreport|misapply|misdirect|mismanaged|mishandled|mismanaging|mishandling';

/**
 * Verbs that judge how work was done, in every form ("mishandled",
 * "mismanaging", "was fudged", "got bungled", "left to rot"), and their
 * nouns ("mismanagement", "a lapse in judgement").
 *
 * @internal
 */
export const VERB_FORM_RULES: readonly ToneRule[] = [
  {
    pattern: `[${MISHANDLE}]`,
    category: 'verdict',
    suggestion: m =>
      `${inflect('handle', formAt(m, 0))} differently than planned`,
    why: WHY_VERDICT,
    when: m =>
      m.tokens[m.from].pos === 'VERB' || m.tokens[m.from].norm.endsWith('ed'),
  },
  {
    pattern: '[mismanagement|mishandling|misgovernance|misuse]',
    category: 'verdict',
    suggestion: 'gaps in the handling',
    why: WHY_VERDICT,
    when: m => m.tokens[m.from].pos !== 'VERB',
  },
  {
    pattern:
      '[fudge|falsify|fabricate|doctor|massage|cook|whitewash|fudged|falsified|doctored]',
    category: 'blame',
    suggestion: m => `${inflect('record', formAt(m, 0))} inaccurately`,
    why: WHY_BLAME,
    when: m => {
      const t = m.tokens[m.from];
      if (t.pos !== 'VERB' && !t.norm.endsWith('ed')) return false;
      if (['doctor', 'cook', 'massage'].includes(t.lemma)) {
        return t.norm !== t.lemma;
      }
      return true;
    },
  },
  {
    pattern:
      '[abdicate|shirk|dodge|evade|sidestep|duck|abdicated|shirked|dodged]',
    category: 'blame',
    suggestion: m => `${inflect('hand', formAt(m, 0))} on`,
    why: WHY_BLAME,
  },
  {
    pattern:
      '[botch|bungle|fumble|flub|bodge|botched|bungled|butcher|butchered|mangle|mangled|wreck|wrecked|trash|trashed]',
    category: 'verdict',
    suggestion: 'not carried out as planned',
    why: WHY_VERDICT,
    when: m => ['get', 'be'].includes(m.tokens[m.from - 1]?.lemma ?? ''),
  },
  {
    pattern:
      '[bungling|botching|blundering|fumbling|meddling|mishandling|bodging]',
    category: 'verdict',
    suggestion: 'handling',
    why: WHY_VERDICT,
    when: m =>
      m.tokens[m.from].pos !== 'VERB' ||
      m.tokens[m.from - 1]?.pos === 'DET' ||
      m.tokens[m.from - 1]?.norm === "'s",
  },
  {
    pattern: '[blunder|blundered|blunders|blundering]',
    category: 'blame',
    suggestion: 'made a call that did not work out',
    why: WHY_BLAME,
    when: m => m.tokens[m.from].pos === 'VERB',
  },
  {
    pattern: '[be|get|got|been neglect|neglected]',
    category: 'verdict',
    suggestion: m => `${m.tokens[m.from].norm} left without attention`,
    why: WHY_VERDICT,
  },
  {
    pattern: '[shrug|brush|fob|laugh off|aside]',
    category: 'blame',
    suggestion: m => `${inflect('set', formAt(m, 0))} aside`,
    why: WHY_BLAME,
  },
  {
    pattern: '[gloss|paper|skate over]',
    category: 'blame',
    suggestion: m => `${inflect('move', formAt(m, 0))} past`,
    why: WHY_BLAME,
  },
  {
    pattern: 'let ~ [slide|slip]',
    category: 'blame',
    suggestion: 'lapse',
    why: WHY_BLAME,
  },
  {
    pattern:
      '[leave|left to rot|rust|wither|decay|fester|die|drift|moulder|molder]',
    category: 'verdict',
    suggestion: 'left without an owner',
    why: WHY_VERDICT,
  },
  {
    pattern: '[gather|gathering|gathered dust]',
    category: 'verdict',
    suggestion: 'unused for a while',
    why: WHY_VERDICT,
  },
  {
    pattern: '[a ?real|serious|major|basic lapse in|of @N]',
    category: 'verdict',
    suggestion: 'a decision worth revisiting',
    why: WHY_VERDICT,
  },
  {
    pattern: '[dereliction of duty]',
    category: 'blame',
    suggestion: 'a gap in ownership',
    why: WHY_BLAME,
  },
  {
    pattern: '[attitude problem]',
    category: 'label',
    suggestion: 'different view',
    why: WHY_BLAME,
  },
  {
    pattern: '[eye ?- rolling|roll|rolls]',
    category: 'label',
    suggestion: 'reactions',
    why: WHY_BLAME,
  },
  {
    pattern: '[@NOT ?really up to the job|task]',
    category: 'label',
    suggestion: 'still growing into the role',
    why: WHY_BLAME,
  },
  {
    pattern: "[wo|will|won't|would @NOT take responsibility|ownership]",
    category: 'label',
    suggestion: 'have not yet taken ownership',
    why: WHY_BLAME,
  },
  {
    pattern: '[have|has|had no grip|handle|clue|idea on|of|about|what]',
    category: 'label',
    suggestion: 'is still building a view of',
    why: WHY_BLAME,
  },
];
