import type { ToneCategory } from './toneSchema';

/**
 * The evaluative lexicon behind the tone rules: words that judge (by their
 * dictionary form, so "failing", "fails" and "failed" are one entry), with
 * how each is rephrased. Keys are lemmas in American spelling, because the
 * analyser folds British spelling ("disorganised" → "disorganized").
 *
 * The valence of each group follows AFINN-165 (the lexicon behind
 * wink-nlp's sentiment): only words that are negative there, or that are
 * negative only when said of people's work or character (such as
 * "half-baked", "subpar", "cowboy"), are listed. Neutral ITSM words that
 * AFINN scores as negative ("risk", "problem", "incident", "emergency",
 * "critical", "defect", "outage", "unauthorized") are deliberately absent.
 *
 * @internal
 */

/** How an evaluative adjective is flagged and rephrased. */
export type AdjectiveEntry = {
  /** Category when said of work or a process. */
  category: ToneCategory;
  /** Replaces the adjective after "is", "are", "was", ... */
  predicative: string;
  /** Replaces the adjective before a noun ("a sloppy record"). */
  attributive: string;
  /** Said of a person or team: category `label` and this rephrasing. */
  person?: string;
  /** Flag only after a verb such as "is" (not "weak ciphers"). */
  predicativeOnly?: boolean;
  /** Flag only when said of a person or team ("defensive", "hostile"). */
  peopleOnly?: boolean;
  /** Flag only when said of a process, a practice or people ("broken"). */
  processOnly?: boolean;
  /** Keep `category` even when said of people ("I was appalled"). */
  keepCategory?: boolean;
  /** Before a noun, flag only before one of these ("bad practice", not "bad weather"). */
  attributiveNouns?: ReadonlySet<string>;
  why: string;
};

const WHY_VERDICT =
  'An evaluative word judges the work; describe what you saw and its effect instead.';
const WHY_LABEL =
  "A word about someone's character labels them; describe the behaviour you saw and the conditions behind it.";
const WHY_SHAME =
  'Shaming words put people on the defensive; describe the gap and invite a next step.';

/**
 * The words of a space-separated list (line breaks allowed), in order.
 *
 * @internal
 */
export function wordList(words: string): string[] {
  return words.trim().split(/\s+/);
}

/**
 * The set of a space-separated word list.
 *
 * @internal
 */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(wordList(words));
}

/**
 * One lexicon entry per word, all alike; without a `why` of its own, a
 * label (or a word said only of people) explains itself as a label, any
 * other word as a verdict.
 */
function lexiconEntries<
  E extends { category: ToneCategory; peopleOnly?: boolean; why: string },
>(words: string, entry: Omit<E, 'why'> & { why?: string }): Array<[string, E]> {
  const why =
    entry.why ??
    (entry.category === 'label' || entry.peopleOnly ? WHY_LABEL : WHY_VERDICT);
  return wordList(words).map(word => [word, { ...entry, why } as E]);
}

const entries = lexiconEntries<AdjectiveEntry>;

/** Negative evaluative adjectives, by lemma. */
export const EVALUATIVE_ADJECTIVES: ReadonlyMap<string, AdjectiveEntry> =
  new Map<string, AdjectiveEntry>([
    ...entries(
      'terrible awful atrocious appalling abysmal dreadful horrible horrendous horrific dire dismal woeful lousy crappy crap shitty deplorable lamentable disastrous catastrophic calamitous hideous ghastly egregious godawful',
      {
        category: 'verdict',
        predicative: 'in need of attention',
        attributive: 'struggling',
        person: 'still finding their feet',
      },
    ),
    ...entries('worst', {
      category: 'verdict',
      predicative: 'the most challenging',
      attributive: 'most challenging',
      person: 'still finding their feet',
    }),
    ...entries('appalled horrified disgusted dismayed aghast disappointed', {
      category: 'verdict',
      predicative: 'struck',
      attributive: 'struck',
      person: 'struck',
      keepCategory: true,
      why: "Your reaction judges the team's work; describe what you saw and its effect.",
    }),
    ...entries('unbelievable mind-boggling staggering inconceivable', {
      category: 'command',
      predicative: 'surprising',
      attributive: 'surprising',
      person: 'surprising',
      predicativeOnly: true,
      why: 'Exclamations of disbelief shame the team; describe what you saw.',
    }),
    ...entries('poor', {
      category: 'verdict',
      predicative: 'still developing',
      attributive: 'still-developing',
      person: 'still developing',
    }),
    ...entries('bad', {
      category: 'verdict',
      predicative: 'not yet where the team wants it',
      attributive: 'early',
      person: 'still building experience',
      attributiveNouns: new Set(
        'attitude decision idea practice call job habit behavior behaviour work management planning choice design judgement judgment mistake advice approach apple'.split(
          ' ',
        ),
      ),
    }),
    ...entries(
      'mediocre subpar sub-par second-rate third-rate inferior half-baked halfhearted half-hearted amateurish inadequate deficient flawed botched rubbish garbage trashy below-par so-so half-arsed half-assed lacklustre lackluster uninspired questionable dubious sketchy dodgy mickey-mouse crude shabby perfunctory tokenistic box-ticking tick-box threadbare hollow clunky cack-handed rickety ramshackle fruitless unusable pitiful',
      {
        category: 'verdict',
        predicative: 'not yet where the team wants it',
        attributive: 'early',
        person: 'still building experience',
      },
    ),
    ...entries('substandard', {
      category: 'verdict',
      predicative: 'not yet at the target level',
      attributive: 'early',
      person: 'still building experience',
    }),
    ...entries(
      'shoddy sloppy slapdash haphazard messy slipshod lax clumsy ham-fisted heavy-handed',
      {
        category: 'verdict',
        predicative: 'inconsistent',
        attributive: 'inconsistent',
        person: 'inconsistent',
      },
    ),
    ...entries('chaotic shambolic disorganized unorganized anarchic lawless', {
      category: 'verdict',
      predicative: 'not yet structured',
      attributive: 'unstructured',
      person: 'stretched',
    }),
    ...entries(
      'useless pointless worthless meaningless futile aimless valueless',
      {
        category: 'verdict',
        predicative: 'of limited value',
        attributive: 'low-value',
        person: 'not yet able to help here',
      },
    ),
    ...entries('hopeless', {
      category: 'verdict',
      predicative: 'in need of a fresh approach',
      attributive: 'stuck',
      person: 'still finding their way',
    }),
    ...entries(
      'ridiculous absurd ludicrous laughable pathetic farcical nonsensical idiotic stupid dumb silly foolish crazy insane moronic brainless senseless',
      {
        category: 'verdict',
        predicative: 'hard to follow',
        attributive: 'unexpected',
        person: 'still learning',
      },
    ),
    ...entries(
      'unacceptable inexcusable unforgivable intolerable outrageous shocking unsatisfactory unjustifiable indefensible',
      {
        category: 'verdict',
        predicative: 'worth improving',
        attributive: 'concerning',
        person: 'still building experience',
      },
    ),
    ...entries(
      'embarrassing shameful disgraceful scandalous humiliating mortifying cringeworthy cringe-worthy',
      {
        category: 'command',
        predicative: 'worth a closer look',
        attributive: 'notable',
        person: 'worth supporting',
        why: WHY_SHAME,
      },
    ),
    ...entries('misleading', {
      category: 'verdict',
      predicative: 'open to misreading',
      attributive: 'ambiguous',
      person: 'unclear',
    }),
    ...entries('superficial shallow cursory', {
      category: 'verdict',
      predicative: 'lighter than it could be',
      attributive: 'brief',
      person: 'brief',
      predicativeOnly: true,
    }),
    ...entries(
      'ill-conceived ill-advised ill-judged ill-thought-out misguided wrong-headed short-sighted shortsighted hare-brained harebrained thoughtless mindless irredeemable unsalvageable',
      {
        category: 'verdict',
        predicative: 'worth rethinking',
        attributive: 'untested',
        person: 'still learning',
      },
    ),
    ...entries('archaic antiquated prehistoric medieval backwards primitive', {
      category: 'verdict',
      predicative: 'older than the team would like',
      attributive: 'older',
      predicativeOnly: true,
    }),
    ...entries(
      'convoluted byzantine bureaucratic overcomplicated over-complicated',
      {
        category: 'verdict',
        predicative: 'more involved than it needs to be',
        attributive: 'involved',
        predicativeOnly: true,
      },
    ),
    ...entries('arbitrary', {
      category: 'verdict',
      predicative: 'not yet explained',
      attributive: 'unexplained',
      predicativeOnly: true,
    }),
    ...entries('unrealistic', {
      category: 'verdict',
      predicative: 'optimistic',
      attributive: 'optimistic',
      predicativeOnly: true,
    }),
    ...entries('ineffective ineffectual inefficient unworkable toothless', {
      category: 'verdict',
      predicative: 'not yet effective',
      attributive: 'not-yet-effective',
      person: 'not yet effective',
      predicativeOnly: true,
    }),
    ...entries('disappointing underwhelming', {
      category: 'verdict',
      predicative: 'below what the team hoped for',
      attributive: 'below-target',
      person: 'below what the team hoped for',
    }),
    ...entries('so-called', {
      category: 'assumption',
      predicative: 'current',
      attributive: 'current',
      why: 'Sarcasm ("so-called") implies the opposite of what is said; describe what you saw.',
    }),
    ...entries('blatant flagrant', {
      category: 'verdict',
      predicative: 'clear',
      attributive: 'clear',
    }),
    ...entries('bloated', {
      category: 'verdict',
      predicative: 'longer than it needs to be',
      attributive: 'long',
      predicativeOnly: true,
    }),
    ...entries('weak feeble lame flimsy', {
      category: 'verdict',
      predicative: 'still developing',
      attributive: 'still-developing',
      person: 'still building confidence',
      predicativeOnly: true,
    }),
    ...entries('wrong', {
      category: 'verdict',
      predicative: 'different from what we expected',
      attributive: 'unexpected',
      person: 'mistaken here',
      predicativeOnly: true,
      processOnly: true,
    }),
    ...entries('broken rotten', {
      category: 'verdict',
      predicative: 'not yet working as intended',
      attributive: 'struggling',
      processOnly: true,
      predicativeOnly: true,
    }),
    ...entries('unfit non-existent nonexistent', {
      category: 'verdict',
      predicative: 'not yet in place',
      attributive: 'missing',
    }),
    ...entries('dysfunctional', {
      category: 'label',
      predicative: 'under strain',
      attributive: 'strained',
      person: 'under strain',
    }),
    // Character: said of people these are labels.
    ...entries('incompetent inept incapable unqualified', {
      category: 'verdict',
      predicative: 'still building experience',
      attributive: 'inexperienced',
      person: 'still building experience',
    }),
    ...entries('lazy', {
      category: 'label',
      predicative: 'stretched for time',
      attributive: 'stretched',
      person: 'stretched for time',
    }),
    ...entries('careless undisciplined unruly feckless', {
      category: 'blame',
      predicative: 'hurried',
      attributive: 'hurried',
      person: 'hurried',
    }),
    ...entries('reckless', {
      category: 'label',
      predicative: 'moving fast',
      attributive: 'fast-moving',
      person: 'moving fast',
    }),
    ...entries('negligent', {
      category: 'label',
      predicative: 'not yet thorough',
      attributive: 'hurried',
      person: 'not yet thorough',
    }),
    ...entries('irresponsible unaccountable', {
      category: 'label',
      predicative: 'not yet taking ownership',
      attributive: 'hurried',
      person: 'not yet taking ownership',
    }),
    ...entries(
      'arrogant cocky condescending patronizing smug cavalier blase blasé',
      {
        category: 'label',
        predicative: 'confident',
        attributive: 'confident',
        person: 'confident',
      },
    ),
    ...entries('dismissive', {
      category: 'label',
      predicative: 'busy with other priorities',
      attributive: 'busy',
      person: 'busy with other priorities',
      peopleOnly: true,
    }),
    ...entries(
      'stubborn obstinate pigheaded pig-headed intransigent bullheaded',
      {
        category: 'label',
        predicative: 'firm in their views',
        attributive: 'firm',
        person: 'firm in their views',
      },
    ),
    ...entries('resistant', {
      category: 'label',
      predicative: 'cautious',
      attributive: 'cautious',
      person: 'cautious',
    }),
    ...entries('defensive hostile aggressive evasive passive-aggressive', {
      category: 'label',
      predicative: 'guarded',
      attributive: 'guarded',
      person: 'guarded',
      peopleOnly: true,
    }),
    ...entries('rude uncivil discourteous', {
      category: 'label',
      predicative: 'direct',
      attributive: 'direct',
      person: 'direct',
      peopleOnly: true,
    }),
    ...entries(
      'uncooperative obstructive apathetic complacent unmotivated lackadaisical indifferent disengaged uninterested prickly',
      {
        category: 'label',
        predicative: 'not yet engaged',
        attributive: 'busy',
        person: 'not yet engaged',
      },
    ),
    ...entries('unhelpful unresponsive', {
      category: 'label',
      predicative: 'not yet engaged',
      attributive: 'busy',
      person: 'not yet engaged',
      peopleOnly: true,
    }),
    ...entries('clueless ignorant', {
      category: 'label',
      predicative: 'not yet informed',
      attributive: 'less informed',
      person: 'not yet informed',
    }),
    ...entries('naive', {
      category: 'label',
      predicative: 'new to this',
      attributive: 'early',
      person: 'new to this',
    }),
    ...entries(
      'unwilling derelict difficult pushy bossy inattentive forgetful scatterbrained entitled territorial negative cynical jaded inflexible',
      {
        category: 'label',
        predicative: 'not yet on board',
        attributive: 'cautious',
        person: 'not yet on board',
        peopleOnly: true,
        predicativeOnly: true,
      },
    ),
    ...entries('gullible', {
      category: 'label',
      predicative: 'trusting',
      attributive: 'trusting',
      person: 'trusting',
    }),
    ...entries('immature', {
      category: 'label',
      predicative: 'still maturing',
      attributive: 'early-stage',
      person: 'still maturing',
    }),
    ...entries('childish infantile juvenile', {
      category: 'label',
      predicative: 'informal',
      attributive: 'informal',
      person: 'informal',
    }),
    ...entries('amateur', {
      category: 'label',
      predicative: 'less experienced',
      attributive: 'less experienced',
      person: 'less experienced',
    }),
    ...entries('unprofessional', {
      category: 'label',
      predicative: 'informal',
      attributive: 'informal',
      person: 'informal',
    }),
    ...entries('unreliable untrustworthy dishonest sneaky devious shifty', {
      category: 'label',
      predicative: 'not yet consistent',
      attributive: 'inconsistent',
      person: 'not yet consistent',
      peopleOnly: true,
    }),
    ...entries('spineless cowardly', {
      category: 'label',
      predicative: 'cautious',
      attributive: 'cautious',
      person: 'cautious',
    }),
    ...entries('selfish', {
      category: 'label',
      predicative: 'focused on their own work',
      attributive: 'self-focused',
      person: 'focused on their own work',
    }),
  ]);

/** Adverbs that intensify a judgement ("woefully thin", "hopelessly late"). */
export const JUDGING_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['woefully', 'rather'],
  ['hopelessly', 'rather'],
  ['terribly', 'rather'],
  ['awfully', 'rather'],
  ['horribly', 'rather'],
  ['dreadfully', 'rather'],
  ['ridiculously', 'rather'],
  ['laughably', 'rather'],
  ['pathetically', 'rather'],
  ['embarrassingly', 'rather'],
  ['shockingly', 'rather'],
  ['appallingly', 'rather'],
  ['disgracefully', 'rather'],
  ['shamefully', 'rather'],
  ['badly', 'not yet well'],
  ['sloppily', 'inconsistently'],
  ['shoddily', 'inconsistently'],
  ['chaotically', 'without a set structure'],
  ['carelessly', 'in a hurry'],
  ['recklessly', 'quickly'],
  ['lazily', 'quickly'],
  ['negligently', 'without the usual checks'],
  ['incompetently', 'with difficulty'],
  ['stupidly', 'unexpectedly'],
  ['wildly', 'rather'],
  ['inadequately', 'not yet fully'],
  ['disastrously', 'not as planned'],
  ['unacceptably', 'rather'],
  ['stubbornly', 'firmly'],
  ['arrogantly', 'confidently'],
  ['unprofessionally', 'informally'],
  ['slapdashly', 'quickly'],
  ['inattentively', 'quickly'],
  ['inexcusably', 'unexpectedly'],
  ['unforgivably', 'unexpectedly'],
  ['indefensibly', 'unexpectedly'],
  ['clumsily', 'in a way that is still developing'],
  ['hastily', 'quickly'],
  ['thoughtlessly', 'quickly'],
  ['haphazardly', 'without a set structure'],
  ['ineptly', 'with difficulty'],
  ['perfunctorily', 'briefly'],
  ['cursorily', 'briefly'],
  ['half-heartedly', 'tentatively'],
  ['halfheartedly', 'tentatively'],
  ['lackadaisically', 'slowly'],
  ['grudgingly', 'cautiously'],
  ['irresponsibly', 'without the usual checks'],
]);

/** How an evaluative noun is flagged and rephrased. */
export type NounEntry = {
  category: ToneCategory;
  /** Replaces "a X" / "an X" (with any adjectives between). */
  withArticle: string;
  /** Replaces the bare noun. */
  bare: string;
  /** Flag only after "is", "was", ... ("is pure theatre"). */
  predicativeOnly?: boolean;
  why: string;
};

const nouns = lexiconEntries<NounEntry>;

/** Negative evaluative nouns, by lemma. */
export const EVALUATIVE_NOUNS: ReadonlyMap<string, NounEntry> = new Map<
  string,
  NounEntry
>([
  ...nouns('mess shambles', {
    category: 'verdict',
    withArticle: 'a work in progress',
    bare: 'work in progress',
  }),
  ...nouns('disaster catastrophe calamity', {
    category: 'verdict',
    withArticle: 'a learning experience',
    bare: 'learning experience',
  }),
  ...nouns('fiasco debacle nightmare trainwreck horror', {
    category: 'verdict',
    withArticle: 'a real challenge',
    bare: 'challenge',
  }),
  ...nouns(
    'farce joke sham charade travesty circus pantomime box-ticking tick-boxing rubber-stamping window-dressing theatre theater hodgepodge hotchpotch mishmash',
    {
      category: 'verdict',
      withArticle: 'not yet working as intended',
      bare: 'formality',
    },
  ),
  ...nouns('nonsense rubbish garbage junk crap gibberish drivel', {
    category: 'verdict',
    withArticle: 'hard to follow',
    bare: 'hard to follow',
  }),
  ...nouns('theatre theater fiction', {
    category: 'verdict',
    withArticle: 'not yet adding the value it could',
    bare: 'not yet adding the value it could',
    predicativeOnly: true,
  }),
  ...nouns('afterthought', {
    category: 'verdict',
    withArticle: 'a late step',
    bare: 'late step',
  }),
  ...nouns('roadblock omnishambles', {
    category: 'verdict',
    withArticle: 'a constraint right now',
    bare: 'constraint',
  }),
  ...nouns('liability', {
    category: 'verdict',
    withArticle: 'a risk worth managing',
    bare: 'risk worth managing',
  }),
  ...nouns('embarrassment disgrace', {
    category: 'command',
    withArticle: 'a concern worth discussing',
    bare: 'concern worth discussing',
    why: WHY_SHAME,
  }),
  ...nouns('blunder screw-up cock-up balls-up', {
    category: 'verdict',
    withArticle: 'a slip to learn from',
    bare: 'slip to learn from',
  }),
  ...nouns('incompetence ineptitude ineptness', {
    category: 'label',
    withArticle: 'a learning curve',
    bare: 'learning curve',
  }),
  ...nouns('negligence', {
    category: 'label',
    withArticle: 'a gap in checks',
    bare: 'gaps in checks',
  }),
  ...nouns('carelessness recklessness', {
    category: 'label',
    withArticle: 'some haste',
    bare: 'haste',
  }),
  ...nouns('laziness', {
    category: 'label',
    withArticle: 'time pressure',
    bare: 'time pressure',
  }),
  ...nouns('sloppiness shoddiness', {
    category: 'verdict',
    withArticle: 'some inconsistency',
    bare: 'inconsistency',
  }),
  ...nouns('chaos mayhem', {
    category: 'verdict',
    withArticle: 'disruption',
    bare: 'disruption',
  }),
  ...nouns('uselessness pointlessness worthlessness', {
    category: 'verdict',
    withArticle: 'limited value',
    bare: 'limited value',
  }),
  ...nouns('inadequacy', {
    category: 'verdict',
    withArticle: 'a gap',
    bare: 'gaps',
  }),
  ...nouns('ignorance', {
    category: 'label',
    withArticle: 'unfamiliarity',
    bare: 'unfamiliarity',
  }),
  ...nouns('immaturity', {
    category: 'label',
    withArticle: 'an early stage',
    bare: 'early stage',
  }),
  ...nouns('arrogance', {
    category: 'label',
    withArticle: 'confidence',
    bare: 'confidence',
  }),
  ...nouns('excuse', {
    category: 'label',
    withArticle: 'a reason',
    bare: 'reasons',
  }),
  ...nouns('neglect', {
    category: 'label',
    withArticle: 'limited attention',
    bare: 'limited attention',
  }),
  ...nouns('resistance', {
    category: 'label',
    withArticle: 'some caution',
    bare: 'caution',
  }),
  ...nouns('stubbornness obstinacy intransigence', {
    category: 'label',
    withArticle: 'firmness',
    bare: 'firmness',
  }),
  ...nouns('dysfunction', {
    category: 'label',
    withArticle: 'strain',
    bare: 'strain',
  }),
  ...nouns('apathy complacency', {
    category: 'label',
    withArticle: 'low engagement',
    bare: 'low engagement',
  }),
  ...nouns('stupidity idiocy foolishness', {
    category: 'label',
    withArticle: 'a misstep',
    bare: 'misstep',
  }),
  ...nouns('amateurism', {
    category: 'label',
    withArticle: 'inexperience',
    bare: 'inexperience',
  }),
  // Nouns for people: labels.
  ...nouns('idiot fool moron clown imbecile', {
    category: 'label',
    withArticle: 'still learning',
    bare: 'people still learning',
  }),
  ...nouns('amateur', {
    category: 'label',
    withArticle: 'less experienced',
    bare: 'less experienced people',
  }),
  ...nouns(
    'corner-cutter box-ticker jobsworth slacker shirker rubber-stamper',
    {
      category: 'label',
      withArticle: 'under time pressure',
      bare: 'people under time pressure',
    },
  ),
  ...nouns('cowboy', {
    category: 'label',
    withArticle: 'moving fast',
    bare: 'people moving fast',
  }),
  ...nouns('bully tyrant', {
    category: 'label',
    withArticle: 'very direct',
    bare: 'very direct people',
  }),
  ...nouns('pushover doormat', {
    category: 'label',
    withArticle: 'accommodating',
    bare: 'accommodating people',
  }),
  ...nouns('know-it-all dinosaur slacker troublemaker', {
    category: 'label',
    withArticle: 'set in their approach',
    bare: 'people set in their approach',
  }),
]);

/** Multi-word evaluative nouns, matched on lemmas: [words, entry]. */
export const EVALUATIVE_NOUN_PHRASES: ReadonlyArray<[string, NounEntry]> = [
  ['train wreck', EVALUATIVE_NOUNS.get('trainwreck')!],
  ['horror show', EVALUATIVE_NOUNS.get('horror')!],
  ['dumpster fire', EVALUATIVE_NOUNS.get('fiasco')!],
  ['control freak', EVALUATIVE_NOUNS.get('know-it-all')!],
  ["dog 's breakfast", EVALUATIVE_NOUNS.get('mess')!],
  ["pig 's ear", EVALUATIVE_NOUNS.get('mess')!],
  ['free - for - all', EVALUATIVE_NOUNS.get('mess')!],
  ['house of card', EVALUATIVE_NOUNS.get('fiasco')!],
  ['step backwards', EVALUATIVE_NOUNS.get('afterthought')!],
  ['step backward', EVALUATIVE_NOUNS.get('afterthought')!],
  ['box - ticking exercise', EVALUATIVE_NOUNS.get('farce')!],
  ['tick - box exercise', EVALUATIVE_NOUNS.get('farce')!],
  ['rubber stamp', EVALUATIVE_NOUNS.get('farce')!],
  ['amateur hour', EVALUATIVE_NOUNS.get('mess')!],
  ['waste of time', EVALUATIVE_NOUNS.get('theatre')!],
  ['waste of effort', EVALUATIVE_NOUNS.get('theatre')!],
  ['waste of money', EVALUATIVE_NOUNS.get('theatre')!],
  ["waste of everyone 's time", EVALUATIVE_NOUNS.get('theatre')!],
  ['graveyard', EVALUATIVE_NOUNS.get('mess')!],
  ['talking shop', EVALUATIVE_NOUNS.get('farce')!],
  ['car crash', EVALUATIVE_NOUNS.get('fiasco')!],
  ['copy - and - paste job', EVALUATIVE_NOUNS.get('afterthought')!],
  ['cut - and - paste job', EVALUATIVE_NOUNS.get('afterthought')!],
  ['paper exercise', EVALUATIVE_NOUNS.get('farce')!],
  ['paper tiger', EVALUATIVE_NOUNS.get('farce')!],
  ['work of fiction', EVALUATIVE_NOUNS.get('farce')!],
  ['runaway train', EVALUATIVE_NOUNS.get('fiasco')!],
  ['white elephant', EVALUATIVE_NOUNS.get('liability')!],
  ['smoke and mirrors', EVALUATIVE_NOUNS.get('farce')!],
  ['window dressing', EVALUATIVE_NOUNS.get('farce')!],
  ['accident waiting to happen', EVALUATIVE_NOUNS.get('liability')!],
  ['time bomb', EVALUATIVE_NOUNS.get('liability')!],
  ['black hole', EVALUATIVE_NOUNS.get('mess')!],
  ['dumping ground', EVALUATIVE_NOUNS.get('mess')!],
  ['wild west', EVALUATIVE_NOUNS.get('mess')!],
  ['lost cause', EVALUATIVE_NOUNS.get('fiasco')!],
  ['sinking ship', EVALUATIVE_NOUNS.get('fiasco')!],
  ['waste of space', EVALUATIVE_NOUNS.get('idiot')!],
  ['clown show', EVALUATIVE_NOUNS.get('farce')!],
  ['recipe for disaster', EVALUATIVE_NOUNS.get('liability')!],
  ['weakest link', EVALUATIVE_NOUNS.get('liability')!],
  ['bunch of cowboy', EVALUATIVE_NOUNS.get('cowboy')!],
  ['bunch of amateur', EVALUATIVE_NOUNS.get('amateur')!],
  ['bunch of idiot', EVALUATIVE_NOUNS.get('idiot')!],
];

/**
 * Positive qualities whose denial judges ("is not competent", "are not good
 * enough"). "not yet competent" describes growth and is left alone.
 */
export const POSITIVE_QUALITIES: ReadonlySet<string> = wordSet(
  `good great competent capable adequate acceptable professional fit reliable trustworthy serious
  helpful useful effective smart clever bright skilled committed motivated worth ok okay`,
);

/** Head nouns (lemmas) that name people or teams. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `team teams engineer developer dev devs manager lead leads owner staff people person member analyst coordinator
  approver architect administrator admin dba dbas tester operator contractor vendor chair coach colleague hire joiner
  newcomer requester reviewer guy folk crew squad department group leadership head director sponsor specialist
  worker employee individual technician consultant supplier partner operations ops everyone everybody nobody
  someone somebody anyone anybody he she they you we him her them i user desk board committee management
  librarian practitioner stakeholder auditor planner custodian steward champion sre sres programmer designer
  implementer assignee submitter requestor requester initiator executive exec cio cto ciso vp boss supervisor officer
  agent facilitator trainer expert senior junior novice intern newbie veteran sysadmin sysadmins maintainer
  chairperson chairman chairwoman approver signatory gatekeeper whoever folks guys lot bunch cab interviewee respondent participant attendee bloke blokes lad lads chap chaps gal gals mate
  mates peeps`.split(/\s+/),
);

/** Head nouns that name a process, practice or the work as a whole. */
export const PROCESS_NOUNS: ReadonlySet<string> = wordSet(
  `process practice procedure approach workflow governance management control cab cmdb policy framework way method
  regime setup set-up model strategy culture system discipline thing release change configuration practise pipeline
  programme program operation handling flow calendar board review catalogue catalog record data documentation
  runbook tooling gate checklist template register schedule lifecycle function effort analysis assessment planning
  testing evidence`,
);

/** Pronouns that stand for people. */
export const PERSON_PRONOUNS: ReadonlySet<string> = wordSet(
  "he she they you we i him her them everyone everybody nobody someone somebody anyone anybody y'all ye youse yous",
);

/**
 * Verbs after which an adjective describes the subject ("is", "seems",
 * "turns").
 *
 * @internal
 */
export const COPULAS: ReadonlySet<string> = wordSet(
  'be seem look become remain appear sound feel get prove stay grow turn',
);

/**
 * Verbs that report what someone said, felt, found or wrote: what follows
 * them is that person's account, data for the review.
 *
 * @internal
 */
export const REPORTING_VERBS: ReadonlySet<string> = wordSet(
  'say tell report mention describe feel call complain explain note share admit worry raise write ask',
);
