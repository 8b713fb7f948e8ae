import { inflect, negated } from '../toneMorphology';
import type { ToneRule } from '../toneRules';
import {
  tok,
  formAt,
  haveLike,
  beLike,
  between,
  afterHave,
  shownLittleInterest,
  joinWords,
  takenSeriously,
  initial,
  negativeContext,
  isPersonAt,
  personSubject,
  WHY_ASSUME,
  WHY_COMMAND,
  WHY_SHAME,
  WHY_HABIT,
  WHY_ABSOLUTE,
  WHY_BLAME,
  WHY_LABEL,
  WHY_SWEEP,
  WHY_VERDICT,
  VERB_REPLACEMENTS,
} from './ruleHelpers';

/**
 * Blame and loaded verbs (second part).
 *
 * @internal
 */
export const LOADED_VERB_RULES: readonly ToneRule[] = [
  {
    pattern: '[in denial ?about|over]',
    category: 'assumption',
    suggestion: m =>
      tok(m, 2) ? 'not yet addressing' : 'not yet addressing it',
    why: WHY_ASSUME,
  },
  {
    pattern: '[can|could @NOT be less interested|bothered ?in|about]',
    category: 'assumption',
    suggestion: m => shownLittleInterest(m, 5),
    why: WHY_ASSUME,
  },
  {
    pattern:
      '[think|believe|feel|reckon ?that @P|they|he|she|it know better ?than]',
    category: 'assumption',
    suggestion: m =>
      tok(m, 5) ? 'may see it differently from' : 'may see it differently',
    why: WHY_ASSUME,
  },
  {
    pattern: '[make excuse|excuses]',
    category: 'label',
    suggestion: m => `${inflect('explain', formAt(m, 0))} the constraints`,
    why: WHY_LABEL,
  },
  {
    pattern: '[stuck in the past]',
    category: 'label',
    suggestion: 'attached to familiar ways',
    why: WHY_LABEL,
  },
  {
    pattern: '[set in @POSS way|ways]',
    category: 'label',
    suggestion: 'attached to familiar ways',
    why: WHY_LABEL,
  },
  {
    pattern: '[?have check out]',
    category: 'label',
    suggestion: m =>
      afterHave(m, 'stepped back', `${inflect('step', formAt(m, 1))} back`),
    why: WHY_LABEL,
    when: m =>
      personSubject(m) && (m.tokens[m.to + 1]?.pos ?? 'PUNCT') === 'PUNCT',
  },
  {
    pattern:
      '[constant|perpetual|endless|incessant|continual|never-ending] firefight|firefighting|chaos|delay|excuse|complaint|mistake|error|failure|crisis|panic|drama|rework|struggle|battle|interruption|escalation|confusion|fire',
    category: 'absolute',
    suggestion: 'frequent',
    why: WHY_HABIT,
  },
  {
    pattern: '[every time] @P|they|he|she|something|it',
    category: 'absolute',
    suggestion: m => initial(m, 'often when'),
    why: WHY_HABIT,
    when: negativeContext,
  },
  {
    pattern: '[all too often|frequently|common|commonly]',
    category: 'absolute',
    suggestion: m => initial(m, 'at times'),
    why: WHY_HABIT,
  },
  {
    pattern: '[as expected]',
    category: 'absolute',
    suggestion: m => initial(m, 'as in other changes'),
    why: WHY_HABIT,
    when: m => m.from === m.sentenceStart && negativeContext(m),
  },
  {
    pattern: '[no end of]',
    category: 'absolute',
    suggestion: 'a number of',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[under no circumstances]',
    category: 'command',
    suggestion: m => initial(m, 'as a rule, avoid cases where'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[i|we want|expect to see]',
    category: 'command',
    suggestion: m => initial(m, 'it would help to see'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[sort it out]',
    category: 'command',
    suggestion: m => initial(m, 'look into it'),
    why: WHY_COMMAND,
  },
  {
    pattern: '[beggar|beggars belief]',
    category: 'command',
    suggestion: m =>
      `${formAt(m, 0) === 'past' ? 'surprised' : 'surprises'} us`,
    why: WHY_SHAME,
  },
  {
    pattern: '[do @NOT see the point ?of|in]',
    category: 'assumption',
    suggestion: m =>
      `${haveLike(m, 0)} not yet seen the value${
        tok(m, 5) ? ` ${m.tokens[m.to].norm}` : ''
      }`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[avoid accountability|responsibility|blame|work|scrutiny]',
    category: 'assumption',
    suggestion: m =>
      `${inflect('step', formAt(m, 0))} back from ${m.tokens[m.to].text}`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[cover @POSS back|backs|backside|backsides|arse|arses|ass|butt]',
    category: 'assumption',
    suggestion: m => `${inflect('protect', formAt(m, 0))} themselves`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[resent|hate|despise|loathe|detest]',
    category: 'assumption',
    suggestion: m => `${inflect('have', formAt(m, 0))} concerns about`,
    why: WHY_ASSUME,
    when: m => m.tokens[m.from].pos === 'VERB' && personSubject(m),
  },
  {
    pattern: '[care more about]',
    category: 'assumption',
    suggestion: m => `${inflect('focus', formAt(m, 0))} more on`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[pay no|little attention to]',
    category: 'blame',
    suggestion: m => negated('focus on', formAt(m, 0), true),
    why: WHY_BLAME,
  },
  {
    pattern: '[sweep|brush ~ under the carpet|rug]',
    category: 'blame',
    suggestion: m =>
      `${negated('surface', formAt(m, 0), true)} ${between(
        m,
        m.at[0] + 1,
        m.at[2] - 1,
      )}`.trim(),
    why: WHY_BLAME,
  },
  {
    pattern: '[cover up]',
    category: 'blame',
    suggestion: m => negated('share', formAt(m, 0), true),
    why: WHY_BLAME,
    when: m => m.tokens[m.from].pos === 'VERB',
  },
  {
    pattern: '[wing it]',
    category: 'verdict',
    suggestion: m => `${inflect('improvise', formAt(m, 0))}`,
    why: WHY_VERDICT,
  },
  {
    pattern: '[play fast and loose with]',
    category: 'blame',
    suggestion: m => `${inflect('take', formAt(m, 0))} shortcuts with`,
    why: WHY_BLAME,
  },
  {
    pattern: '[shoot from the hip]',
    category: 'verdict',
    suggestion: m => `${inflect('decide', formAt(m, 0))} quickly`,
    why: WHY_VERDICT,
  },
  {
    pattern: '[fly by the seat of @POSS pant|pants]',
    category: 'verdict',
    suggestion: m => inflect('improvise', formAt(m, 0)),
    why: WHY_VERDICT,
  },
  {
    pattern: '[out of touch ?with]',
    category: 'label',
    suggestion: m =>
      tok(m, 3) ? 'not yet close to' : 'not yet close to the detail',
    why: WHY_LABEL,
  },
  {
    pattern: '[behind the time|times]',
    category: 'label',
    suggestion: 'attached to familiar ways',
    why: WHY_LABEL,
  },
  {
    pattern: '[@NOT ?a team player|players]',
    category: 'label',
    suggestion: m =>
      m.tokens[m.to].norm.endsWith('s')
        ? 'still finding their place in the team'
        : 'still finding their place in the team',
    why: WHY_LABEL,
  },
  {
    pattern: '[have no business]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} not yet set up for`,
    why: WHY_LABEL,
  },
  {
    pattern: '[@NOT cut out for]',
    category: 'label',
    suggestion: 'still growing into',
    why: WHY_LABEL,
  },
  {
    pattern: '[out of @POSS league|element]',
    category: 'label',
    suggestion: 'new to this',
    why: WHY_LABEL,
  },
  {
    pattern: '[in over @POSS head]',
    category: 'label',
    suggestion: 'new to this',
    why: WHY_LABEL,
  },
  {
    pattern: '[lose the plot]',
    category: 'label',
    suggestion: m => `${inflect('lose', formAt(m, 0))} focus`,
    why: WHY_LABEL,
  },
  {
    pattern: '[dead in the water]',
    category: 'verdict',
    suggestion: 'stalled',
    why: WHY_SWEEP,
  },
  {
    pattern: '[go nowhere]',
    category: 'verdict',
    suggestion: m => negated('move forward yet', formAt(m, 0)),
    why: WHY_SWEEP,
  },
  {
    pattern: '[on life support]',
    category: 'verdict',
    suggestion: 'in need of renewed support',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[steamroll|steamroller|bulldoze|railroad|hijack|derail|sabotage|undermine|scapegoat|badmouth|micromanage|stonewall]',
    category: 'blame',
    suggestion: m => {
      const verb = VERB_REPLACEMENTS[m.tokens[m.from].lemma] ?? 'work around';
      return inflect(verb, formAt(m, 0));
    },
    why: WHY_BLAME,
    when: m => m.tokens[m.from].pos === 'VERB' && personSubject(m),
  },
  {
    pattern: '[dump] ~ [on]',
    category: 'blame',
    suggestion: m =>
      `${inflect('hand', formAt(m, 0))} ${between(
        m,
        m.at[0] + 1,
        m.at[2] - 1,
      )} over to`,
    why: WHY_BLAME,
    when: personSubject,
  },
  {
    pattern: '[fudge|fake|doctor|fiddle] @DET|@N|@POSS|the',
    category: 'blame',
    suggestion: m => inflect('adjust', formAt(m, 0)),
    why: WHY_BLAME,
    when: m => m.tokens[m.from].pos === 'VERB' && personSubject(m),
  },
  {
    pattern: '[shirk|dodge|duck|skive|evade]',
    category: 'blame',
    suggestion: m => inflect('postpone', formAt(m, 0)),
    why: WHY_BLAME,
    when: m => m.tokens[m.from].pos === 'VERB' && personSubject(m),
  },
  {
    pattern: '[slack off]',
    category: 'label',
    suggestion: m => inflect('slow down', formAt(m, 0)),
    why: WHY_LABEL,
  },

  {
    pattern: '[do @NOT have a|any|the ?slight|faint|foggy clue|idea]',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} still learning`,
    why: WHY_LABEL,
  },
  {
    pattern: '[be @NOT take ~ seriously]',
    category: 'assumption',
    suggestion: m =>
      joinWords(beLike(m, 0), 'not yet prioritising', takenSeriously(m)),
    why: WHY_ASSUME,
  },
  {
    pattern: '[be make up]',
    category: 'verdict',
    suggestion: m => `${beLike(m, 0)} estimated`,
    why: WHY_VERDICT,
    when: m =>
      m.tokens[m.to + 1]?.norm !== 'of' && m.tokens[m.to + 1]?.norm !== 'for',
  },
  {
    pattern:
      'treat ~ [like|as @POSS|a|an ?personal ?own playground|sandbox|toy|suggestion|formality|joke|afterthought|optional|nuisance|chore]',
    category: 'assumption',
    suggestion: 'as flexible',
    why: WHY_ASSUME,
  },
  {
    pattern: '[typical of] ?this|the|that|these|those|them|@P',
    category: 'absolute',
    suggestion: m => initial(m, 'as seen before in'),
    why: WHY_HABIT,
  },
  {
    pattern:
      '[do whatever @P|they|he|she|we|it want|wants|like|likes|please|pleases]',
    category: 'assumption',
    suggestion: m => `${inflect('follow', formAt(m, 0))} their own approach`,
    why: WHY_ASSUME,
  },
  {
    pattern:
      '[it be amazing|astonishing|incredible|surprising|a miracle|a wonder ?that] anything|anyone|anybody|everything',
    category: 'command',
    suggestion: m => initial(m, 'it is notable that'),
    why: WHY_SHAME,
  },
  {
    pattern: '[allergic to]',
    category: 'label',
    suggestion: 'not yet drawn to',
    why: WHY_LABEL,
  },
  {
    pattern: '[at fault]',
    category: 'blame',
    suggestion: 'involved',
    why: WHY_BLAME,
  },
  {
    pattern:
      "@POSS|'s [mistake|mistakes|fault|faults|error|errors|blunder|blunders|screw-up|slip-up]",
    category: 'blame',
    suggestion: m =>
      m.tokens[m.to].norm.endsWith('s') ? 'learning points' : 'learning point',
    why: WHY_BLAME,
    when: m => {
      const owner = m.tokens[m.from - 1];
      if (owner.norm === "'s") return isPersonAt(m, m.from - 2);
      return ['their', 'his', 'her', 'your'].includes(owner.norm);
    },
  },
  {
    pattern:
      '[a|the ?complete|total|general|basic lack of] discipline|professionalism|ownership|accountability|care|competence|urgency|respect|rigour|rigor|commitment|interest|effort|judgement|judgment|cooperation|attention',
    category: 'label',
    suggestion: 'limited',
    why: WHY_LABEL,
  },
  {
    pattern:
      '[lack of] discipline|professionalism|ownership|accountability|care|competence|urgency|respect|rigour|rigor|commitment|interest|effort|judgement|judgment|cooperation',
    category: 'label',
    suggestion: 'limited',
    why: WHY_LABEL,
  },
  {
    pattern:
      '[resist|resists|resisted|resisting] any|every|all|change|changes|improvement|improvements',
    category: 'label',
    suggestion: m => `${beLike(m, 0)} cautious about`,
    why: WHY_LABEL,
    when: personSubject,
  },
  {
    pattern: '[a law unto @POSS|themselves|himself|herself|itself]',
    category: 'label',
    suggestion: 'working to their own rules',
    why: WHY_LABEL,
  },
  {
    pattern: '[@POSS own worst enemy]',
    category: 'label',
    suggestion: 'making things harder for itself',
    why: WHY_LABEL,
  },
];
