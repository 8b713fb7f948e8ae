import type { ToneCategory } from './toneSchema';

/**
 * One judgemental phrase and its coaching rephrasing. `phrase` is written in
 * lower case with single spaces and straight apostrophes; the checker matches
 * it case-insensitively, as a whole word or phrase, with any whitespace
 * between words and straight or curly apostrophes.
 *
 * @public
 */
export type TonePhrase = {
  phrase: string;
  category: ToneCategory;
  suggestion: string;
  /** Why the wording gets in the way; the category's reason when absent. */
  why?: string;
};

/** The phrases of one category, each with its rephrasing. */
function phrasesOf(
  category: ToneCategory,
  rephrasings: ReadonlyArray<readonly [phrase: string, suggestion: string]>,
): TonePhrase[] {
  return rephrasings.map(([phrase, suggestion]) => ({
    phrase,
    category,
    suggestion,
  }));
}

/**
 * The fixed phrases the tone checker flags, on top of its language rules
 * (see `toneRules.ts`): the phrase list of the first tone guide, kept so
 * that these exact wordings keep their exact rephrasings. Each suggestion is
 * meant to replace the matched span as it stands where the grammar allows,
 * and never itself contains a flagged phrase.
 * `docs/user-guide/tone-guide.md` lists them all.
 *
 * @public
 */
export const TONE_PHRASES: readonly TonePhrase[] = [
  // Verdicts: judging instead of describing what was seen.
  ...phrasesOf('verdict', [
    ['poor', 'still developing'],
    ['poorly', 'not yet fully'],
    ['inadequate', 'not yet sufficient'],
    ['incompetent', 'still building experience'],
    ['unacceptable', 'worth improving'],
    ['terrible', 'in need of attention'],
    ['awful', 'in need of attention'],
    ['a mess', 'a work in progress'],
    ['sloppy', 'inconsistent'],
    ['shoddy', 'inconsistent'],
    ['chaotic', 'not yet structured'],
    ['useless', 'of limited value'],
    ['bad practice', 'a practice worth revisiting'],
    ['a bad practice', 'a practice worth revisiting'],
    ['a disaster', 'a learning experience'],
    ['substandard', 'not yet at the target level'],
  ]),

  // Absolutes: overgeneralising, leaving no room for counter-examples.
  ...phrasesOf('absolute', [
    ['always', 'often'],
    ['never', 'rarely'],
    ['nobody', 'hardly anyone'],
    ['no one', 'hardly anyone'],
    ['no-one', 'hardly anyone'],
    ['everyone', 'most of the team'],
    ['everybody', 'most of the team'],
    ['completely', 'largely'],
    ['totally', 'largely'],
    ['entirely', 'largely'],
    ['not at all', 'not yet'],
    ['all the time', 'frequently'],
    ['constantly', 'frequently'],
    ['without exception', 'in most cases'],
    ['none of them', 'few of them'],
    ['nothing works', 'some things do not yet work'],
  ]),

  // Blame: pointing at a person instead of the process.
  ...phrasesOf('blame', [
    ['you should have', 'it may have helped to have'],
    ['you should not have', 'it may have helped not to have'],
    ["you shouldn't have", 'it may have helped not to have'],
    ['you should have known', 'it may have helped to know'],
    ['should have known', 'might have been helped by knowing'],
    ['you failed to', 'the team did not yet'],
    ['your fault', 'a shared learning point'],
    ['your mistake', 'a learning point'],
    ["you didn't bother", 'the team did not yet manage'],
    ['you did not bother', 'the team did not yet manage'],
    ['you forgot', 'the team missed'],
    ['you forgot to', 'the team did not yet'],
    ['you ignored', 'the team did not use'],
    ['you were supposed to', 'the plan was to'],
    ['careless', 'hurried'],
    ['to blame', 'a contributing factor'],
  ]),

  // Labels: characterising people instead of describing behaviour.
  ...phrasesOf('label', [
    ['lazy', 'stretched for time'],
    ['resistant', 'cautious'],
    ['resistant to change', 'cautious about the change'],
    ['immature', 'still maturing'],
    ['amateur', 'less experienced'],
    ['amateurish', 'still developing'],
    ['clueless', 'not yet informed'],
    ['ignorant', 'not yet informed'],
    ['stubborn', 'firm in their views'],
    ['dysfunctional', 'under strain'],
    ['negligent', 'not yet thorough'],
    ['arrogant', 'confident'],
    ['uncooperative', 'not yet engaged'],
    ['unprofessional', 'informal'],
  ]),
];

/**
 * Neutral ITSM and engineering terms that contain a judging word but are
 * never flagged, such as metric names ("change failure rate", "failed
 * changes"), process names ("emergency change", "disaster recovery") and
 * technical terms ("always-on", "failed over", "chaos engineering"). Matched
 * on dictionary forms, so "failed change" also covers "failed changes" and
 * "Failed Changes"; case and whitespace do not matter. Words inside an
 * allowed term never start or join a finding.
 *
 * @public
 */
export const TONE_ALLOW_LIST: readonly string[] = [
  'failed change',
  'failed changes',
  'change failure rate',
  'change failure',
  'failed change rate',
  'failed deployment',
  'failed deployments',
  'failed deployment rate',
  'failed release',
  'failed releases',
  'failed build',
  'failed builds',
  'failed backup',
  'failed backups',
  'failed job',
  'failed jobs',
  'failed login',
  'failed logins',
  'failed test',
  'failed tests',
  'failed over',
  'failed back',
  'fail over',
  'fail back',
  'fail-safe',
  'fail fast',
  'failure rate',
  'failure mode',
  'failure modes',
  'failure domain',
  'failure injection',
  'point of failure',
  'emergency change',
  'emergency changes',
  'unauthorised change',
  'unauthorized change',
  'known error',
  'chaos engineering',
  'chaos test',
  'chaos testing',
  'chaos monkey',
  'disaster recovery',
  'garbage collection',
  'garbage collector',
  'bad request',
  'bad gateway',
  'broken build',
  'broken link',
  'broken links',
  'weak cipher',
  'weak ciphers',
  'worst case',
  'worst-case',
  'dead code',
  'dead letter',
  'dead-letter',
  'kill switch',
  'war room',
  'never expires',
  'never expire',
  'always-on',
  'lazy loading',
  'lazy-loading',
  'tamper-resistant',
  'water-resistant',
  'error budget',
  'error budgets',
  'error rate',
  'error rates',
  'plain language',
  'plain English',
  'blameless',
  'blame-free',
  'blame free',
  'no-blame',
  'no blame',
  'blameless review',
  'blameless post-incident review',
];
