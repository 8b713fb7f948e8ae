import type { ToneRule } from '../toneRules';
import { sentenceHas } from './idiomHelpers';
import {
  initial,
  negativeContext,
  personSubject,
  WHY_ABSOLUTE,
  WHY_BLAME,
  WHY_CERTAIN,
  WHY_COMMAND,
  WHY_HABIT,
  WHY_SHAME,
  WHY_SWEEP,
  WHY_VERDICT,
} from './ruleHelpers';

/**
 * Politeness that announces a judgement ("no offence, but", "with respect", "it would be nice if someone"), shaming expectations and set phrases of character.
 *
 * @internal
 */
export const POLITENESS_RULES: readonly ToneRule[] = [
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
  // Round nine: comparisons with a better team, excuses, threats and
  // verdicts in idioms.
  {
    pattern:
      '[a|any ?more competent|mature|professional|conscientious|diligent|careful|capable|experienced|serious|self-respecting ~ would|should]',
    category: 'command',
    suggestion: 'a next step could be that the',
    why: WHY_SHAME,
  },
  {
    pattern: '[have|has|had no excuse]',
    category: 'command',
    suggestion: 'have an opportunity',
    why: WHY_SHAME,
  },
  {
    pattern: '[in no uncertain terms]',
    category: 'command',
    suggestion: 'clearly',
    why: WHY_COMMAND,
  },
  {
    pattern: '[be|is|are|was|were told|instructed|ordered to]',
    category: 'command',
    suggestion: 'is invited to',
    why: WHY_COMMAND,
  },
  {
    pattern: '[have|has|had to end|stop now|today|immediately]',
    category: 'command',
    suggestion: 'is worth changing soon',
    why: WHY_COMMAND,
  },
  {
    pattern: '[heads will|should|must|may roll]',
    category: 'command',
    suggestion: 'we will look at this together',
    why: WHY_SHAME,
  },
  {
    pattern:
      '[take|took a hard|long look at themselves|himself|herself|yourself|yourselves]',
    category: 'command',
    suggestion: 'reflect on the decision',
    why: WHY_SHAME,
  },
  {
    pattern: '[had|have|has every opportunity|chance]',
    category: 'blame',
    suggestion: 'had an opportunity',
    why: WHY_SHAME,
  },
  {
    pattern: '[@NOT the kind|type|sort of person|team|manager|engineer|lead]',
    category: 'label',
    suggestion: 'still building the habit, as a person',
    why: WHY_SHAME,
  },
  {
    pattern: '[strongest|strong suit|point]',
    category: 'label',
    suggestion: 'an area still growing',
    why: WHY_SHAME,
    when: m => sentenceHas(m, (_l, n) => ['not', "n't", 'never'].includes(n)),
  },
  {
    pattern: '[resent|resents|resented|resenting]',
    category: 'assumption',
    suggestion: 'may be wary of',
    why: WHY_SHAME,
    when: personSubject,
  },
];
