import { wordSet } from '../toneLexicon';
import { isPersonWord } from '../tonePeople';
import type { RuleMatch, ToneRule } from '../toneRules';
import {
  initial,
  negativeAfter,
  negativeContext,
  otherPeopleSubject,
  personSubject,
  processSubject,
  WHY_ABSOLUTE,
  WHY_BLAME,
  WHY_CERTAIN,
  WHY_COMMAND,
  WHY_HABIT,
  WHY_SHAME,
  WHY_SWEEP,
  WHY_VERDICT,
} from './ruleHelpers';

const WHY_THREAT =
  'A threat closes the conversation; say what is at stake and invite a plan.';

/** Verbs that put a view on something ("see it as their problem"). */
const VIEW_VERBS = wordSet('see view treat regard consider think');

function sentenceHas(
  m: RuleMatch,
  test: (lemma: string, norm: string) => boolean,
  before = true,
): boolean {
  const sentence = m.tokens[m.from].sentence;
  const from = before ? m.sentenceStart : m.from;
  for (let j = from; j < m.tokens.length; j++) {
    const t = m.tokens[j];
    if (t.sentence !== sentence) break;
    if (j >= m.from && j <= m.to) continue;
    if (test(t.lemma, t.norm)) return true;
  }
  return false;
}

function beforeMatch(m: RuleMatch, words: ReadonlySet<string>): boolean {
  for (let j = m.from - 1; j >= m.sentenceStart; j--) {
    if (words.has(m.tokens[j].lemma) || words.has(m.tokens[j].norm)) {
      return true;
    }
  }
  return false;
}

function personSubjectOrProcess(m: RuleMatch): boolean {
  return personSubject(m) || processSubject(m);
}

/**
 * Idioms and set phrases that judge: threats ("or there will be
 * consequences", "had better"), shaming comparisons ("any competent release
 * manager would have"), rough work ("cobbled together", "goes out the
 * window"), habitual blame ("week in, week out", "perennially") and the
 * writer's own expectations used as a yardstick ("what I would expect").
 *
 * @internal
 */
export const IDIOM_RULES: readonly ToneRule[] = [
  // Threats and orders ----------------------------------------------------
  {
    pattern: "[had|'d better]",
    category: 'command',
    suggestion: 'could',
    why: WHY_COMMAND,
    when: personSubject,
  },
  {
    pattern: '[or else]',
    category: 'command',
    suggestion: 'so that the risk is handled',
    why: WHY_THREAT,
  },
  {
    pattern:
      '[or there will|would be ?serious consequences|trouble|repercussions]',
    category: 'command',
    suggestion: 'because the stakes are real',
    why: WHY_THREAT,
  },
  {
    pattern: '[face|suffer ?the consequences|repercussions]',
    category: 'command',
    suggestion: 'see the effect',
    why: WHY_THREAT,
  },
  {
    pattern: '[or do @NOT]',
    category: 'command',
    suggestion: 'or else hold off and',
    why: WHY_COMMAND,
    // "Do the risk assessments properly or don't submit": an ultimatum
    // after an order, not "late or did not go as planned".
    when: m => {
      const first = m.tokens[m.sentenceStart];
      return first.pos === 'VERB' && first.norm === first.lemma;
    },
  },
  {
    pattern: '[explain|justify themselves|himself|herself|yourself|yourselves]',
    category: 'command',
    suggestion: 'talk us through the decision',
    why: WHY_SHAME,
  },
  {
    pattern: '[enough with|of] the|@ANY',
    category: 'command',
    suggestion: 'Let us look again at',
    why: WHY_COMMAND,
    when: m => m.from === m.sentenceStart,
  },
  {
    pattern: '[just|simply follow|do|stick|fill|read|use|get|fix]',
    category: 'command',
    suggestion: 'one option is to',
    why: WHY_COMMAND,
    when: m => {
      const prev = m.tokens[m.from - 1];
      return !!prev && [';', ':', '—', '-'].includes(prev.text);
    },
  },
  {
    pattern:
      '[any competent|good|decent|experienced|professional|sensible|self-respecting|capable|halfway ~ would|should]',
    category: 'command',
    suggestion: 'a next step could be that the',
    why: WHY_SHAME,
  },
  {
    pattern: '[what|why|how|who|where on earth]',
    category: 'command',
    suggestion: m => initial(m, `${m.tokens[m.from].norm} led to this`),
    why: WHY_COMMAND,
  },
  {
    pattern: '[what be|were|was @P think|thinking]',
    category: 'command',
    suggestion: m => initial(m, 'what led to this'),
    why: WHY_COMMAND,
  },
  {
    pattern: "[what i|we|one|you would|'d expect|hope|want from|of]",
    category: 'command',
    suggestion: 'the agreed target for',
    why: WHY_SHAME,
  },
  {
    pattern: '[fall|falls|fell|falling ?well|far|way below]',
    category: 'verdict',
    suggestion: 'is not yet at',
    why: WHY_VERDICT,
  },
  {
    pattern: '[have|has|had one job]',
    category: 'command',
    suggestion: 'had a clear responsibility',
    why: WHY_SHAME,
  },
  {
    pattern:
      '[need|needs|needed|have|has|had to prove|show|demonstrate ?that ?it|itself|they|themselves]',
    category: 'command',
    suggestion: 'has an opportunity to show',
    why: WHY_COMMAND,
  },
  {
    pattern:
      '[should|would|ought|must|will ?to embarrass|shame|humiliate|disgrace|mortify]',
    category: 'command',
    suggestion: 'is worth reflecting on for',
    why: WHY_SHAME,
  },
  {
    pattern:
      '[if @P|@DET ~ care|cared|bother|bothered|listen|listened|try|tried|think|thought|read|paid]',
    category: 'assumption',
    suggestion: 'if the team had room to focus on this',
    why: WHY_CERTAIN,
    when: m =>
      sentenceHas(
        m,
        (_l, n) => ['would', "'d", "wouldn't"].includes(n),
        false,
      ) &&
      (isPersonWord(m.tokens[m.from + 1]) ||
        isPersonWord(m.tokens[m.from + 2])),
  },
  // Rhetorical questions: "Is this really the best they can produce?",
  // "Will the team ever …?", "Does anyone even read …?".
  {
    pattern:
      '[be|is|are|was|were|do|does|did|can|could|will|would|has|have|had] @ANY ?@ANY ?@ANY [really|even|ever|seriously|honestly]',
    category: 'command',
    suggestion: 'what would help',
    why: WHY_COMMAND,
    when: m => {
      if (m.from !== m.sentenceStart) return false;
      const sentence = m.tokens[m.from].sentence;
      let last = m.from;
      while (
        last + 1 < m.tokens.length &&
        m.tokens[last + 1].sentence === sentence
      ) {
        last++;
      }
      return m.tokens[last].text === '?';
    },
  },
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
  // Politeness that announces a judgement --------------------------------
  {
    pattern: "[i be|'m just say|saying]",
    category: 'command',
    suggestion: m => initial(m, 'as I see it'),
    why: WHY_SHAME,
  },
  {
    pattern: "[i'm just saying]",
    category: 'command',
    suggestion: m => initial(m, 'as I see it'),
    why: WHY_SHAME,
  },
  {
    pattern: '[no offence|offense ?intended|meant]',
    category: 'command',
    suggestion: m => initial(m, 'as I see it'),
    why: WHY_SHAME,
  },
  {
    pattern: '[with ?all ?due respect] ,',
    category: 'command',
    suggestion: m => initial(m, 'as I see it'),
    why: WHY_SHAME,
  },
  {
    pattern:
      "[it would|'d be nice|good|great|lovely|refreshing if ?,] someone|somebody|anyone|just|for|,",
    category: 'command',
    suggestion: m => initial(m, 'a next step could be'),
    why: WHY_SHAME,
  },
  {
    pattern: '[just once|for once]',
    category: 'command',
    suggestion: 'next time',
    why: WHY_SHAME,
    when: m =>
      m.tokens[m.from].norm === 'for' || m.tokens[m.from - 1]?.text === ',',
  },
  {
    pattern: "[for everyone|everybody|god|heaven|goodness|pete|pity 's|' sake]",
    category: 'command',
    suggestion: 'for the team',
    why: WHY_SHAME,
  },
  {
    pattern: '[full stop|period]',
    category: 'command',
    suggestion: 'as a priority',
    why: WHY_COMMAND,
    when: m => {
      if (m.tokens[m.from - 1]?.text !== ',') return false;
      const next = m.tokens[m.to + 1];
      return (
        !next || next.text === '.' || next.sentence !== m.tokens[m.to].sentence
      );
    },
  },
  {
    pattern:
      "[i|we would|'d have|'ve expect|expected|thought|hoped you|them|the|@P]",
    category: 'command',
    suggestion: m => initial(m, 'it may help'),
    why: WHY_SHAME,
  },
  {
    pattern:
      '[but|so fix|stop|get|sort|clean|tidy|start|quit|drop] @DET|up|out|the',
    category: 'command',
    suggestion: m =>
      `${m.tokens[m.from].norm} an option is to ${m.tokens[m.from + 1].norm}`,
    why: WHY_COMMAND,
  },
  {
    pattern:
      '[have|had|having this|the same ?exact conversation|discussion|argument]',
    category: 'absolute',
    suggestion: 'have discussed this before',
    why: WHY_HABIT,
  },
  {
    pattern: '[frankly|honestly|candidly|bluntly|seriously] ,',
    category: 'assumption',
    suggestion: 'as I see it',
    why: WHY_CERTAIN,
    when: m => m.tokens[m.from - 1]?.text === ',',
  },
  {
    pattern: '[to be generous|kind|charitable|polite]',
    category: 'verdict',
    suggestion: 'as it stands',
    why: WHY_VERDICT,
  },
  {
    pattern: '[hard|difficult|impossible to believe]',
    category: 'command',
    suggestion: 'surprising',
    why: WHY_SHAME,
  },
  {
    pattern: '[be beyond me]',
    category: 'command',
    suggestion: 'is something I would like to understand',
    why: WHY_SHAME,
  },
  {
    pattern: "[should|shouldn't @NOT ?have to remind|tell|ask|chase|explain]",
    category: 'command',
    suggestion: 'would like not to need to remind',
    why: WHY_SHAME,
  },
  {
    pattern:
      '[the last thing|priority @ANY ?@ANY think|thought|care|cared|worry|worried]',
    category: 'assumption',
    suggestion: 'a later priority for the team',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[forever|constantly|perpetually|always being|having]',
    category: 'absolute',
    suggestion: 'often being',
    why: WHY_HABIT,
  },
  {
    pattern: '[precisely|exactly|absolutely|literally nothing|zero]',
    category: 'absolute',
    suggestion: 'little',
    why: WHY_ABSOLUTE,
  },
  {
    pattern: '[cutting corners]',
    category: 'blame',
    suggestion: 'skipping steps',
    why: WHY_BLAME,
  },
  {
    pattern:
      '[nod|nods|nodded|nodding|wave|waves|waved|waving @ANY ?@ANY through]',
    category: 'blame',
    suggestion: 'approve without discussion',
    why: WHY_BLAME,
  },
  {
    pattern: '[because|since @P knew|know|realised|realized|realise|realize]',
    category: 'assumption',
    suggestion: 'perhaps because they knew',
    why: WHY_CERTAIN,
  },
  {
    pattern: '[copy - and - paste]',
    category: 'verdict',
    suggestion: 'reused',
    why: WHY_VERDICT,
  },
  {
    pattern: '[copy - paste]',
    category: 'verdict',
    suggestion: 'reused',
    why: WHY_VERDICT,
  },
  {
    pattern: '[cut - and - paste]',
    category: 'verdict',
    suggestion: 'reused',
    why: WHY_VERDICT,
  },
  {
    pattern: '[simply|just|really do|does|did @NOT do]',
    category: 'absolute',
    suggestion: 'does not yet practise',
    why: WHY_SWEEP,
  },
  {
    pattern:
      '[appear|appears|appeared|seem|seems|seemed not to be competent|capable|qualified|suited|ready|equipped]',
    category: 'label',
    suggestion: 'is still growing into being ready',
    why: WHY_BLAME,
  },
  {
    pattern: '[chip on @POSS shoulder]',
    category: 'label',
    suggestion: 'strong feelings',
    why: WHY_BLAME,
  },
  {
    pattern: '[dead set against]',
    category: 'label',
    suggestion: 'firmly cautious about',
    why: WHY_BLAME,
  },
  {
    pattern:
      '[darn|damn|damned|bloody|flipping|freaking|frigging|goddamn|blasted]',
    category: 'command',
    suggestion: 'recent',
    why: WHY_SHAME,
  },
  {
    pattern: '[like clockwork]',
    category: 'absolute',
    suggestion: 'several times',
    why: WHY_HABIT,
    when: negativeContext,
  },
  {
    pattern: '[every|each quarter|month|review|audit|release|sprint|time|week]',
    category: 'absolute',
    suggestion: 'in several periods',
    why: WHY_HABIT,
    when: m =>
      m.from === m.sentenceStart &&
      m.tokens.slice(m.to + 1, m.to + 10).some(t => t.norm === 'same'),
  },
  {
    pattern: "[it be|is|'s expected|required that]",
    category: 'command',
    suggestion: 'we invite',
    why: WHY_COMMAND,
  },
  {
    pattern:
      '[should|ought ?to be ?thoroughly|deeply|really|very embarrassed|ashamed|mortified]',
    category: 'command',
    suggestion: 'could reflect on this',
    why: WHY_SHAME,
  },
  {
    pattern: '[be|is|are required|expected to explain|justify|account]',
    category: 'command',
    suggestion: 'is invited to talk through',
    why: WHY_COMMAND,
  },
  {
    pattern: '[@NOT follow|following|followed any]',
    category: 'absolute',
    suggestion: 'not yet following a shared',
    why: WHY_SWEEP,
  },
  {
    pattern: '[all hat and no cattle]',
    category: 'verdict',
    suggestion: 'stronger on paper than in practice',
    why: WHY_VERDICT,
  },
  {
    pattern: '[all talk and no action|trousers|walk]',
    category: 'verdict',
    suggestion: 'stronger on paper than in practice',
    why: WHY_VERDICT,
  },
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
];
