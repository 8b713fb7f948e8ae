import { wordSet } from '../toneLexicon';
import { valence } from '../toneNlp';
import { isParticiple } from '../tonePatterns';
import type { RuleMatch, ToneRule } from '../toneRules';
import {
  aside,
  initial,
  negativeAfter,
  otherPeopleSubject,
  personSubject,
  WHY_CERTAIN,
  WHY_VERDICT,
} from './ruleHelpers';

/** "too proud to admit": reasons of character read into what people do. */
const TOO_TO = wordSet(
  'proud stubborn lazy busy important senior scared afraid set arrogant',
);

/** "pushed out simply to hit …": a purpose read into a verb just before. */
function afterVerb(m: RuleMatch): boolean {
  let j = m.from - 1;
  if (j > m.sentenceStart && m.tokens[j].pos === 'ADP') j--;
  const t = m.tokens[j];
  return j >= m.sentenceStart && !!t && (t.pos === 'VERB' || isParticiple(t));
}

const WHY_MOTIVE =
  'This states a motive no one can see; describe what was done and ask what led to it.';
const WHY_IRONY =
  'Irony and scare quotes judge while seeming to describe; say plainly what you saw.';

/**
 * Mind-reading about motives ("just wanted the release out", "a way of
 * hiding"), hedged certainty ("apparently", "presumably", "I suspect") and
 * irony ("so-called", "what passes for", "would be generous").
 *
 * @internal
 */
export const MOTIVE_RULES: readonly ToneRule[] = [
  // Hedged certainty: the writer's inference presented as what happened.
  {
    pattern:
      '[apparently|supposedly|presumably|patently|ostensibly|allegedly|conveniently|doubtless|manifestly|transparently]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_CERTAIN,
  },
  {
    pattern: '[i suspect|bet|imagine|guess|reckon ?that]',
    category: 'assumption',
    suggestion: m => initial(m, 'we observed that'),
    why: WHY_CERTAIN,
  },
  {
    pattern:
      "[i be|'m ?quite|absolutely|completely|pretty|fairly|totally sure|certain|convinced ?that]",
    category: 'assumption',
    suggestion: m => initial(m, 'we observed that'),
    why: WHY_CERTAIN,
  },
  {
    pattern:
      "[i'm ?quite|absolutely|completely|pretty|fairly|totally sure|certain|convinced ?that]",
    category: 'assumption',
    suggestion: m => initial(m, 'we observed that'),
    why: WHY_CERTAIN,
  },
  {
    pattern:
      '[anyone|anybody|everyone|everybody could|can ?have see|tell|predict]',
    category: 'assumption',
    suggestion: m => initial(m, 'looking back, we can see'),
    why: WHY_CERTAIN,
  },
  {
    pattern: '[be no accident|coincidence|secret]',
    category: 'assumption',
    suggestion: 'may be connected',
    why: WHY_MOTIVE,
  },
  {
    pattern: '[that much be clear|obvious|evident|plain]',
    category: 'assumption',
    suggestion: 'as we read it',
    why: WHY_CERTAIN,
  },
  {
    pattern: "[let 's|us be real|honest|frank]",
    category: 'assumption',
    suggestion: m => initial(m, 'from what we saw'),
    why: WHY_CERTAIN,
  },
  {
    pattern: "[let 's|us face it]",
    category: 'assumption',
    suggestion: m => initial(m, 'from what we saw'),
    why: WHY_CERTAIN,
  },
  {
    pattern: '[know|knew full well]',
    category: 'assumption',
    suggestion: 'may have known',
    why: WHY_MOTIVE,
  },
  {
    pattern: '[must|must’ve ?have know|realise|realize|see]',
    category: 'assumption',
    suggestion: 'may have known',
    why: WHY_MOTIVE,
    when: personSubject,
  },
  // Motives read into what people did.
  {
    pattern: '[just|only|simply|merely|mainly want|wanted|care]',
    category: 'assumption',
    suggestion: 'aimed',
    why: WHY_MOTIVE,
    when: otherPeopleSubject,
  },
  {
    pattern:
      '[just|simply|merely|only|purely to hit|get|skip|avoid|dodge|tick|look|save|keep|please|meet|beat|make|close|clear|cover|bypass|satisfy]',
    category: 'assumption',
    suggestion: 'in order to',
    why: WHY_MOTIVE,
    when: afterVerb,
  },
  {
    pattern:
      '[a|the ?convenient way of|to|round|around hide|hiding|avoid|avoiding|dodge|dodging|bypass|bypassing|skip|skipping|get|getting|cover|covering|sidestep|sidestepping|escape|escaping]',
    category: 'assumption',
    suggestion: 'a step that also meant',
    why: WHY_MOTIVE,
  },
  {
    pattern: '[convenient way|excuse|cover]',
    category: 'assumption',
    suggestion: 'route',
    why: WHY_MOTIVE,
  },
  {
    pattern: '[cover @POSS|the track|tracks|back|backs]',
    category: 'assumption',
    suggestion: 'keep a record',
    why: WHY_MOTIVE,
  },
  {
    pattern:
      '[because|since @P know|knew|think|thought @P be|were|was|are ~ watch|check|audit|look]',
    category: 'assumption',
    suggestion: 'now that the check is visible',
    why: WHY_MOTIVE,
  },
  {
    pattern: "[would|'d rather] @V|be|@ANY",
    category: 'assumption',
    suggestion: 'may prefer to',
    why: WHY_MOTIVE,
    when: otherPeopleSubject,
  },
  {
    pattern: '[?seem ?to ?be more interested|concerned|focused in|with|on]',
    category: 'assumption',
    suggestion: 'focused on',
    why: WHY_MOTIVE,
    when: m =>
      personSubject(m) &&
      m.tokens
        .slice(m.to + 1, m.to + 12)
        .some(
          t => t.norm === 'than' && t.sentence === m.tokens[m.from].sentence,
        ),
  },
  {
    pattern:
      '[seem|appear to regard|believe|think|view|consider|treat|assume|imagine]',
    category: 'assumption',
    suggestion: 'may',
    why: WHY_MOTIVE,
    when: personSubject,
  },
  {
    pattern: '[strike|strikes|struck me as]',
    category: 'assumption',
    suggestion: 'came across to me as',
    why: WHY_MOTIVE,
  },
  {
    pattern: '[treat|treats|treated|treating|regard|regards|regarded] @ANY',
    category: 'assumption',
    suggestion: 'may see',
    why: WHY_MOTIVE,
    when: m => {
      if (!otherPeopleSubject({ ...m, to: m.from })) return false;
      const sentence = m.tokens[m.from].sentence;
      for (let j = m.from + 1; j < m.tokens.length && j <= m.from + 9; j++) {
        const t = m.tokens[j];
        if (t.sentence !== sentence) return false;
        if (t.norm === 'as' || t.norm === 'like') {
          return negativeAfter({ ...m, to: j });
        }
      }
      return false;
    },
  },
  {
    pattern: '[prefer|prefers|preferred not to]',
    category: 'assumption',
    suggestion: 'have not yet chosen to',
    why: WHY_MOTIVE,
    when: personSubject,
  },
  {
    pattern: '[?just assume|assumed|figure|figured ?that]',
    category: 'assumption',
    suggestion: 'expected',
    why: WHY_MOTIVE,
    when: otherPeopleSubject,
  },
  {
    pattern: '[think|thinks|thought @P be|are|were|is above]',
    category: 'assumption',
    suggestion: 'may see themselves as outside',
    why: WHY_MOTIVE,
  },
  {
    pattern:
      "[somebody|someone|anybody|anyone|everybody else 's problem|job|responsibility]",
    category: 'assumption',
    suggestion: 'a shared responsibility not yet assigned',
    why: WHY_MOTIVE,
  },
  {
    pattern: '[not my|our|their job|problem]',
    category: 'assumption',
    suggestion: 'outside their current role',
    why: WHY_MOTIVE,
  },
  {
    pattern:
      '[protect|protecting|cover|covering @POSS ?own|themselves|himself|herself]',
    category: 'assumption',
    suggestion: 'managing their own risk',
    why: WHY_MOTIVE,
    when: personSubject,
  },
  {
    pattern:
      '[only|just|merely|solely ?ever interested|concerned in|with|about]',
    category: 'assumption',
    suggestion: 'focused on',
    why: WHY_MOTIVE,
    when: personSubject,
  },
  {
    pattern: '[need|needs|needed reminding|telling|chasing|nagging]',
    category: 'command',
    suggestion: 'benefit from a prompt',
    why: WHY_MOTIVE,
  },
  {
    pattern: '[be|are|were|is|was hide|hiding|conceal|concealing|bury|burying]',
    category: 'assumption',
    suggestion: 'are not yet showing',
    why: WHY_MOTIVE,
    when: otherPeopleSubject,
  },
  {
    pattern: '[too @ADJ to]',
    category: 'label',
    suggestion: 'not yet ready to',
    why: WHY_MOTIVE,
    when: m =>
      personSubject(m) &&
      (TOO_TO.has(m.tokens[m.from + 1].lemma) ||
        valence(m.tokens[m.from + 1].lemma) < 0),
  },
  {
    pattern:
      '[resist|resists|resisted|resisting|fight|fights|fought|oppose|opposes|opposed|block|blocks|blocked anything|everything|any|every|all]',
    category: 'label',
    suggestion: 'have questions about',
    why: WHY_MOTIVE,
    when: otherPeopleSubject,
  },
  // Irony: judging while seeming to describe.
  {
    pattern: '[so - called]',
    category: 'verdict',
    suggestion: 'current',
    why: WHY_IRONY,
  },
  {
    pattern: '[what pass|passes|passed for]',
    category: 'verdict',
    suggestion: 'what serves as',
    why: WHY_IRONY,
  },
  {
    pattern: '[would be|be generous|charitable|kind]',
    category: 'verdict',
    suggestion: 'would not yet fit',
    why: WHY_IRONY,
    when: m => m.tokens[m.to + 1]?.pos === 'PUNCT',
  },
  {
    pattern: '[shall|should we say]',
    category: 'verdict',
    suggestion: 'as we saw it',
    why: WHY_IRONY,
  },
  {
    pattern: '[to put it mildly|kindly|politely|charitably|gently]',
    category: 'verdict',
    suggestion: 'as we saw it',
    why: WHY_IRONY,
  },
  {
    pattern: '[if you can call it that|a]',
    category: 'verdict',
    suggestion: 'as it stands',
    why: WHY_IRONY,
  },
  {
    pattern: '[a masterpiece|triumph|model|monument of|to]',
    category: 'verdict',
    suggestion: 'an example of',
    why: WHY_IRONY,
    when: m => m.tokens[m.from - 1]?.lemma === 'be',
  },
  {
    pattern: '[in name only]',
    category: 'verdict',
    suggestion: 'not yet practised',
    why: WHY_VERDICT,
  },
  {
    pattern:
      '[expect|expected to write|run|fix|update|manage themselves|itself]',
    category: 'verdict',
    suggestion: 'have no owner yet',
    why: WHY_IRONY,
  },
  {
    pattern: '[be|is|are @NOT exactly|hardly|scarcely]',
    category: 'verdict',
    suggestion: 'is not yet',
    why: WHY_IRONY,
  },
  {
    pattern: '[hardly|scarcely|barely] @ADJ|@V|@VBN|worth|a|an',
    category: 'verdict',
    suggestion: 'not yet fully',
    why: WHY_IRONY,
    when: m =>
      ![
        'any',
        'anyone',
        'anything',
        'ever',
        'changed',
        'used',
        'more',
      ].includes(m.tokens[m.to + 1]?.norm ?? ''),
  },
];
