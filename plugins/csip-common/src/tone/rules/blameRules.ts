import { beFor, inflect, negated, verbForm } from '../toneMorphology';
import type { ToneRule } from '../toneRules';
import {
  tok,
  formAt,
  beLike,
  subjectPlural,
  between,
  initial,
  inflectSkip,
  isPersonAt,
  personSubject,
  NOT_AFTER_MODAL,
  WHY_ASSUME,
  WHY_COMMAND,
  WHY_SHAME,
  WHY_HABIT,
  WHY_ABSOLUTE,
  WHY_BLAME,
  WHY_LABEL,
  WHY_VERDICT,
  HABIT_BLAME,
} from './ruleHelpers';

/**
 * Blame and loaded verbs (first part).
 *
 * @internal
 */
export const BLAME_RULES: readonly ToneRule[] = [
  // Blame and loaded verbs ----------------------------------------------
  {
    pattern: '[cut ?every|a|few|some|many|any|the corner ?on]',
    category: 'blame',
    suggestion: m => {
      const form = formAt(m, 0);
      const verb = inflectSkip(form, m.tokens[m.from - 1]?.norm === 'to');
      return `${verb} some steps${tok(m, 3) ? ' in' : ''}`;
    },
    why: WHY_BLAME,
  },
  {
    pattern: '[pass the buck ?to]',
    category: 'blame',
    suggestion: m =>
      `${inflect('hand', formAt(m, 0))} the issue over${
        tok(m, 3) ? ' to' : ''
      }`,
    why: WHY_BLAME,
  },
  {
    pattern: '[throw ~ under the bus]',
    category: 'blame',
    suggestion: m => {
      const under = m.at[2];
      return `${inflect('point', formAt(m, 0))} to ${between(
        m,
        m.at[0] + 1,
        under - 1,
      )}`;
    },
    why: WHY_BLAME,
  },
  {
    pattern: '[point the finger ?at]',
    category: 'blame',
    suggestion: m =>
      `${inflect('look', formAt(m, 0))}${tok(m, 3) ? ' at' : ' for a cause'}`,
    why: WHY_BLAME,
  },
  {
    pattern: '[drop the ball ?on]',
    category: 'blame',
    suggestion: m =>
      negated(tok(m, 3) ? 'complete' : 'finish it', formAt(m, 0), true),
    why: WHY_BLAME,
  },
  {
    pattern: '[mess|screw|foul|stuff|muck|balls|cock up]',
    category: 'blame',
    suggestion: m => `${inflect('have', formAt(m, 0))} trouble with`,
    why: WHY_BLAME,
    when: m =>
      m.tokens[m.to + 1]?.pos !== 'PUNCT' && m.to + 1 < m.tokens.length,
  },
  {
    pattern: '[botch|bungle|fumble|flub|bodge] @DET|@N|@ADJ',
    category: 'blame',
    suggestion: m => `${inflect('have', formAt(m, 0))} trouble with`,
    why: WHY_BLAME,
    when: m => m.tokens[m.from - 1]?.lemma !== 'be',
  },
  {
    pattern: '[be botch|bungle|fumble|flub|bodge]',
    category: 'verdict',
    suggestion: m => `${beLike(m, 0)} not carried out as planned`,
    why: WHY_VERDICT,
  },
  {
    pattern: '[flop]',
    category: 'verdict',
    suggestion: m => negated('go as planned', formAt(m, 0)),
    why: WHY_VERDICT,
    when: m => m.tokens[m.from].pos === 'VERB',
  },
  {
    pattern: '[go wrong]',
    category: 'verdict',
    suggestion: m => negated('go as planned', formAt(m, 0)),
    why: WHY_VERDICT,
    when: NOT_AFTER_MODAL,
  },
  {
    pattern: '[wave ~ through]',
    category: 'blame',
    suggestion: m => {
      const through = m.at[2];
      return `${inflect('approve', formAt(m, 0))} ${between(
        m,
        m.at[0] + 1,
        through - 1,
      )}`.trim();
    },
    why: WHY_BLAME,
  },
  {
    pattern: '[rubber - stamp]',
    category: 'verdict',
    suggestion: m => `${inflect('approve', formAt(m, 2))} without discussion`,
    why: WHY_VERDICT,
  },
  {
    pattern: '[rubber stamp|stamps|stamping|stamped]',
    category: 'verdict',
    suggestion: m =>
      m.tokens[m.from + 1].pos === 'VERB'
        ? `${inflect('approve', formAt(m, 1))} without discussion`
        : 'a formality',
    why: WHY_VERDICT,
    when: m => m.tokens[m.from - 1]?.norm !== 'a',
  },
  {
    pattern: '[sneak|snuck]',
    category: 'blame',
    suggestion: m => {
      const t = m.tokens[m.from];
      return t.norm === 'snuck' ? 'brought' : inflect('bring', verbForm(t));
    },
    why: WHY_BLAME,
  },
  {
    pattern: '[get away with]',
    category: 'blame',
    suggestion: m => `${inflect('go', formAt(m, 0))} ahead with`,
    why: WHY_BLAME,
  },
  {
    pattern: '[whinge|whine|moan|gripe|grumble ?about]',
    category: 'label',
    suggestion: m =>
      `${inflect('raise', formAt(m, 0))} concerns${tok(m, 1) ? ' about' : ''}`,
    why: WHY_LABEL,
    when: m => m.tokens[m.from].pos === 'VERB' || !!tok(m, 1),
  },
  {
    pattern: '[blame] @DET|@N|@P|they|them',
    category: 'blame',
    suggestion: m => `${inflect('point', formAt(m, 0))} to`,
    why: WHY_BLAME,
    when: m =>
      m.tokens[m.from].pos === 'VERB' && m.tokens[m.from - 1]?.norm !== 'to',
  },
  {
    pattern: '[be blame for|by]',
    category: 'blame',
    suggestion: m =>
      `${beLike(m, 0)} linked ${tok(m, 2)?.norm === 'by' ? 'by' : 'to'}`,
    why: WHY_BLAME,
  },
  {
    pattern: '[the blame]',
    category: 'blame',
    suggestion: m => initial(m, 'the follow-up'),
    why: WHY_BLAME,
    when: m => m.tokens[m.from + 1].pos === 'NOUN',
  },
  {
    pattern: '[throw ~ together]',
    category: 'verdict',
    suggestion: m => {
      const t = m.tokens[m.from];
      const form = verbForm(t);
      const put = { third: 'puts', ing: 'putting', base: 'put', past: 'put' }[
        form
      ];
      const what = between(m, m.at[0] + 1, m.at[2] - 1);
      return `${put}${what ? ` ${what}` : ''} together quickly`;
    },
    why: WHY_VERDICT,
  },
  {
    pattern: '[with no|little|zero|scant thought|care|consideration|regard]',
    category: 'verdict',
    suggestion: 'quickly',
    why: WHY_VERDICT,
  },
  {
    pattern: '[riddled with]',
    category: 'verdict',
    suggestion: 'showing some',
    why: WHY_VERDICT,
  },
  {
    pattern: '[full of excuse]',
    category: 'label',
    suggestion: 'explaining the constraints',
    why: WHY_LABEL,
  },
  {
    pattern: '[full of mistake|error|hole|bug|typo|inaccuracy]',
    category: 'verdict',
    suggestion: m => `showing several ${m.tokens[m.to].text}`,
    why: WHY_VERDICT,
  },
  {
    pattern:
      '[?such basic|rookie|schoolboy|elementary|beginner mistake|error|blunder]',
    category: 'verdict',
    suggestion: m => {
      const noun = m.tokens[m.to];
      const plural = noun.norm !== noun.lemma;
      if (tok(m, 0)) return plural ? 'these slips' : 'this slip';
      return plural ? 'slips' : 'slip';
    },
    why: WHY_VERDICT,
  },

  {
    pattern: '[because of ?the @P|them|him|her|you]',
    category: 'blame',
    suggestion: 'and the team can look at why',
    why: WHY_BLAME,
    when: m => isPersonAt(m, m.to),
  },
  {
    pattern:
      '[manage to] break|lose|miss|forget|skip|crash|delete|wipe|corrupt|take|bring|ignore|overlook',
    category: 'blame',
    suggestion: m => (formAt(m, 0) === 'third' ? 'goes on to' : 'went on to'),
    why: WHY_SHAME,
    when: m => {
      const v = m.tokens[m.at[1]];
      return v.lemma !== 'take' && v.lemma !== 'bring'
        ? true
        : ['down', 'out'].includes(m.tokens[m.at[1] + 2]?.norm ?? '');
    },
  },
  {
    pattern: '[could|might ?at least have]',
    category: 'blame',
    suggestion: m => `${tok(m, 0)!.norm} have`,
    why: WHY_BLAME,
    when: m => !!tok(m, 1),
  },
  {
    pattern:
      '[should|ought ?to ?have know|learn|understand|realise|realize ?this by now]',
    category: 'command',
    suggestion: m => `might benefit from a reminder${tok(m, 4) ? '' : ''}`,
    why: WHY_SHAME,
  },
  {
    pattern: '[should|must|ought ?to ?be do better]',
    category: 'command',
    suggestion: 'have room to grow',
    why: WHY_SHAME,
  },
  {
    pattern: '[?have a habit of] @VING',
    category: 'absolute',
    suggestion: m =>
      tok(m, 0) ? `${tok(m, 0)!.norm} at times been` : 'at times',
    why: WHY_HABIT,
    when: m => HABIT_BLAME.has(m.tokens[m.at[m.at.length - 1]].lemma),
  },
  {
    pattern: '[refuse to]',
    category: 'label',
    suggestion: m => {
      const form = formAt(m, 0);
      if (form === 'past') return 'did not agree to';
      if (form === 'ing') return 'not agreeing to';
      return `${form === 'third' ? 'has' : 'have'} not yet agreed to`;
    },
    why: WHY_LABEL,
    when: personSubject,
  },
  {
    pattern: '[will|would|do @NOT ?even listen ?to]',
    category: 'label',
    suggestion: m => `${subjectPlural(m) ? 'have' : 'has'} not yet taken up`,
    why: WHY_LABEL,
    when: personSubject,
  },
  {
    pattern: '[over the wall]',
    category: 'blame',
    suggestion: 'without a handover',
    why: WHY_BLAME,
  },
  {
    pattern: '[kick the can ?down ?the ?road]',
    category: 'blame',
    suggestion: m => `${inflect('postpone', formAt(m, 0))} the decision`,
    why: WHY_BLAME,
  },
  {
    pattern: '[bury @POSS head|heads in the sand]',
    category: 'label',
    suggestion: m => negated('address it', formAt(m, 0), true),
    why: WHY_LABEL,
  },
  {
    pattern: '[turn a blind eye ?to]',
    category: 'blame',
    suggestion: m =>
      `${negated('address', formAt(m, 0), true)}${tok(m, 4) ? '' : ' it'}`,
    why: WHY_BLAME,
  },
  {
    pattern: '[just|only|merely|simply tick ?the box|boxes]',
    category: 'assumption',
    suggestion: m => `${inflect('complete', formAt(m, 1))} the form`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[pay lip service ?to]',
    category: 'assumption',
    suggestion: m => `${negated('act on', formAt(m, 0), true)}`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[drag @POSS foot|feet]',
    category: 'blame',
    suggestion: m => `${inflect('take', formAt(m, 0))} more time`,
    why: WHY_BLAME,
  },
  {
    pattern: '[sit on @POSS hand|hands]',
    category: 'blame',
    suggestion: m => inflect('wait', formAt(m, 0)),
    why: WHY_BLAME,
  },
  {
    pattern: '[@NOT pull @POSS weight]',
    category: 'label',
    suggestion: 'stretched',
    why: WHY_LABEL,
  },
  {
    pattern: "[for god|goodness|heaven|pete|christ 's sake]",
    category: 'command',
    suggestion: m => initial(m, 'please'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[do @NOT get it]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} still learning this`,
    why: WHY_LABEL,
    when: m => personSubject(m) && m.tokens[m.to + 1]?.pos !== 'VERB',
  },
  {
    pattern: '[no|little|zero|scant regard for]',
    category: 'label',
    suggestion: 'limited attention to',
    why: WHY_LABEL,
  },
  {
    pattern: '[?complete|total|utter|blatant|flagrant disregard for]',
    category: 'label',
    suggestion: 'limited attention to',
    why: WHY_LABEL,
    when: m => m.tokens[m.at[1]].pos === 'NOUN' || !!tok(m, 0),
  },
  {
    pattern:
      '[complete|total|utter|absolute|glaring|shocking|woeful|worrying|staggering lack of]',
    category: 'absolute',
    suggestion: 'limited',
    why: WHY_ABSOLUTE,
  },
  {
    pattern:
      '[no|zero ?sense ?of discipline|accountability|ownership|professionalism|respect|initiative|urgency|rigour|rigor|common|backbone|competence|clue|responsibility|direction|pride]',
    category: 'label',
    suggestion: m => {
      const trait = m.tokens[m.to].text;
      return tok(m, 1) ? `a limited sense of ${trait}` : `limited ${trait}`;
    },
    why: WHY_LABEL,
  },
  {
    pattern: '[do|can @NOT even]',
    category: 'command',
    suggestion: m => {
      const aux = m.tokens[m.from];
      if (aux.lemma === 'can')
        return aux.norm === 'could' ? 'could not yet' : 'cannot yet';
      return `${aux.norm} not yet`;
    },
    why: WHY_SHAME,
    when: m => m.tokens[m.to + 1]?.lemma !== 'bother',
  },
  {
    pattern: '[fall|fell short]',
    category: 'verdict',
    suggestion: m =>
      formAt(m, 0) === 'past'
        ? 'was not yet at the level'
        : 'is not yet at the level',
    why: WHY_VERDICT,
    when: m => m.tokens[m.to + 1]?.norm !== 'of' || true,
  },
  {
    pattern: '[below par|standard|expectations|expectation]',
    category: 'verdict',
    suggestion: 'not yet at the target level',
    why: WHY_VERDICT,
  },
  {
    pattern: '[stink|stinks|stank|suck|sucks|sucked]',
    category: 'verdict',
    suggestion: m =>
      `${beFor(formAt(m, 0), subjectPlural(m))} in need of attention`,
    why: WHY_VERDICT,
    when: m =>
      m.tokens[m.from].pos === 'VERB' || m.tokens[m.from].pos === 'NOUN',
  },

  {
    pattern: '[without any|much|a|due thought|care|consideration]',
    category: 'verdict',
    suggestion: 'quickly',
    why: WHY_VERDICT,
  },
];
