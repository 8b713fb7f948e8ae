import { wordList } from '../toneLexicon';
import { inflect, negated } from '../toneMorphology';
import type { ToneRule } from '../toneRules';
import {
  tok,
  formAt,
  haveLike,
  beLike,
  subjectPlural,
  afterHave,
  shownLittleInterest,
  joinWords,
  takenSeriously,
  aside,
  initial,
  personSubject,
  WHY_ASSUME,
  WHY_CERTAIN,
} from './ruleHelpers';

/**
 * Certainty and mind-reading: markers that state an interpretation as fact or guess at motives.
 *
 * @internal
 */
export const CERTAINTY_RULES: readonly ToneRule[] = [
  // Certainty and mind-reading ------------------------------------------
  {
    pattern:
      '[obviously|evidently|undoubtedly|unquestionably|indisputably|surely|plainly|predictably|unsurprisingly|undeniably|naturally]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_CERTAIN,
    when: m => {
      const t = m.tokens[m.from];
      // "naturally" only as a sentence adverb.
      return t.norm !== 'naturally' || m.from === m.sentenceStart;
    },
  },
  {
    pattern: '[of course]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_CERTAIN,
    when: m => {
      const prev = m.tokens[m.from - 1];
      return !(
        prev &&
        m.from > m.sentenceStart &&
        prev.pos !== 'PUNCT' &&
        prev.pos !== 'CCONJ'
      );
    },
  },
  {
    pattern: '[needless to say]',
    category: 'assumption',
    suggestion: m => initial(m, 'as we saw'),
    why: WHY_CERTAIN,
  },
  {
    pattern: '[without ?a|any doubt]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_CERTAIN,
  },
  {
    pattern: '[no doubt]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_CERTAIN,
    when: m => m.tokens[m.from + 2]?.norm !== 'about',
  },
  {
    pattern: '[it be obvious|clear|evident|apparent|plain ?to ?see ?that]',
    category: 'assumption',
    suggestion: m => initial(m, 'we observed that'),
    why: WHY_CERTAIN,
    when: m => {
      const next = m.tokens[m.to + 1];
      return !(
        next &&
        next.sentence === m.tokens[m.from].sentence &&
        wordList('from in on at for about to how who what which when').includes(
          next.norm,
        )
      );
    },
  },
  {
    pattern: '[do @NOT ?really ?even ?seem ?to care ?about|for|whether|if]',
    category: 'assumption',
    suggestion: m => {
      const last = tok(m, 7);
      const have = haveLike(m, 0);
      if (!last) return `${have} other priorities`;
      if (last.norm === 'whether' || last.norm === 'if') {
        return `${have} not yet checked ${last.norm}`;
      }
      return `${have} not yet prioritised`;
    },
    why: WHY_ASSUME,
    when: m => personSubject(m),
  },
  {
    pattern: '[can|could @NOT care less ?about]',
    category: 'assumption',
    suggestion: m => shownLittleInterest(m, 4),
    why: WHY_ASSUME,
  },
  {
    pattern: '[only|just|mainly|solely care about]',
    category: 'assumption',
    suggestion: m => `${inflect('focus', formAt(m, 1))} on`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[do @NOT give a damn|toss|hoot|monkey ?about]',
    category: 'assumption',
    suggestion: m => `${haveLike(m, 0)} not yet prioritised`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[can|could @NOT be bother ?to|about|with]',
    category: 'assumption',
    suggestion: m => {
      const last = tok(m, 4);
      const have = subjectPlural(m) ? 'have' : 'has';
      if (last?.norm === 'to') return `${have} not yet found time to`;
      if (last) return `${have} not yet focused on`;
      return `${have} not yet found time`;
    },
    why: WHY_ASSUME,
  },
  {
    pattern: '[be @NOT ?really ?that bother ?about|with|by]',
    category: 'assumption',
    suggestion: m =>
      `${beLike(m, 0)} not yet focused${tok(m, 5) ? ' on' : ' on this'}`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[do @NOT ?even bother ?to]',
    category: 'assumption',
    suggestion: m => {
      const aux = tok(m, 0)!;
      const v = ['does', 'did'].includes(aux.norm) ? aux.norm : 'do';
      if (tok(m, 4)) return `${v} not yet`;
      const next = m.tokens[m.to + 1];
      return next && next.norm.endsWith('ing')
        ? `${v} not yet get to`
        : `${v} not yet get to it`;
    },
    why: WHY_ASSUME,
  },
  {
    pattern: '[be @NOT ?really ?that interested in]',
    category: 'assumption',
    suggestion: m => `${beLike(m, 0)} not yet focused on`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[be only|just|solely|mainly interested in]',
    category: 'assumption',
    suggestion: m => `${beLike(m, 0)} focused on`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[?have no interest in|whatsoever]',
    category: 'assumption',
    suggestion: m =>
      afterHave(m, 'not yet shown interest in', 'little visible interest in'),
    why: WHY_ASSUME,
  },
  {
    pattern: '[do @NOT ?really ?even want ?to]',
    category: 'assumption',
    suggestion: m =>
      tok(m, 5)
        ? `${haveLike(m, 0)} not yet chosen to`
        : `${haveLike(m, 0)} not yet asked for`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[just|only|simply want to]',
    category: 'assumption',
    suggestion: m => `${inflect('aim', formAt(m, 1))} to`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[?have no intention of]',
    category: 'assumption',
    suggestion: m => afterHave(m, 'not yet planned on', 'no plan yet for'),
    why: WHY_ASSUME,
  },
  {
    pattern: '[do @NOT ?really value|respect]',
    category: 'assumption',
    suggestion: m =>
      `${haveLike(m, 0)} not yet ${
        tok(m, 3)?.lemma === 'respect' ? 'followed' : 'prioritised'
      }`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[?have no respect for]',
    category: 'assumption',
    suggestion: m =>
      afterHave(m, 'not yet followed', 'little follow-through on'),
    why: WHY_ASSUME,
  },
  {
    pattern: '[do @NOT take ~ seriously]',
    category: 'assumption',
    suggestion: m =>
      joinWords(haveLike(m, 0), 'not yet prioritised', takenSeriously(m)),
    why: WHY_ASSUME,
  },
  {
    pattern: '[on purpose]',
    category: 'assumption',
    suggestion: 'that time',
    why: WHY_ASSUME,
  },
  {
    pattern:
      '[deliberately|intentionally|wilfully|willfully|knowingly|purposely|purposefully|consciously|secretly]',
    category: 'assumption',
    suggestion: aside,
    why: WHY_ASSUME,
    // "could that be repeated deliberately?": a proposal, not a motive.
    when: m =>
      !m.tokens
        .slice(m.sentenceStart, m.from)
        .some(t =>
          ['could', 'might', 'may', 'would', 'can', 'should'].includes(t.norm),
        ),
  },
  {
    pattern: '[pretend ?to|that]',
    category: 'assumption',
    suggestion: m => {
      const link = tok(m, 1);
      if (link?.norm === 'to') return `${inflect('set', formAt(m, 0))} out to`;
      return `${inflect('say', formAt(m, 0))}${link ? ' that' : ''}`;
    },
    why: WHY_ASSUME,
  },
  {
    pattern: '[cover themselves|himself|herself|yourself|ourselves|yourselves]',
    category: 'assumption',
    suggestion: m =>
      formAt(m, 0) === 'ing'
        ? 'being cautious'
        : `${beLike(m, 0)} being cautious`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[go through the motion]',
    category: 'assumption',
    suggestion: m => `${inflect('follow', formAt(m, 0))} the steps`,
    why: WHY_ASSUME,
  },
  {
    pattern: '[know perfectly|full|very well]',
    category: 'assumption',
    suggestion: m => `${subjectPlural(m) ? 'have' : 'has'} been told`,
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[hide behind]',
    category: 'assumption',
    suggestion: m => `${inflect('rely', formAt(m, 0))} on`,
    why: WHY_ASSUME,
  },
  {
    pattern:
      '[hide|conceal] ~ problem|issue|mistake|error|failure|truth|number|fact|result|figure|data',
    category: 'assumption',
    suggestion: m => negated('share', formAt(m, 0), true),
    why: WHY_ASSUME,
    when: personSubject,
  },
  {
    pattern: '[would rather ignore|avoid]',
    category: 'assumption',
    suggestion: m => `${subjectPlural(m) ? 'have' : 'has'} not yet addressed`,
    why: WHY_ASSUME,
  },
  {
    pattern: 'treat ~ [as a suggestion|formality|joke]',
    category: 'assumption',
    suggestion: 'as guidance',
    why: WHY_ASSUME,
  },
  {
    pattern: 'treat ~ [as optional]',
    category: 'assumption',
    suggestion: 'as flexible',
    why: WHY_ASSUME,
  },
  {
    pattern: '[be optional here]',
    category: 'assumption',
    suggestion: m => `${beLike(m, 0)} not yet consistently done here`,
    why: WHY_ASSUME,
  },
];
