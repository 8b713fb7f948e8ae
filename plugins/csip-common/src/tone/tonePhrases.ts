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
  { phrase: 'poor', category: 'verdict', suggestion: 'still developing' },
  { phrase: 'poorly', category: 'verdict', suggestion: 'not yet fully' },
  {
    phrase: 'inadequate',
    category: 'verdict',
    suggestion: 'not yet sufficient',
  },
  {
    phrase: 'incompetent',
    category: 'verdict',
    suggestion: 'still building experience',
  },
  {
    phrase: 'unacceptable',
    category: 'verdict',
    suggestion: 'worth improving',
  },
  {
    phrase: 'terrible',
    category: 'verdict',
    suggestion: 'in need of attention',
  },
  { phrase: 'awful', category: 'verdict', suggestion: 'in need of attention' },
  { phrase: 'a mess', category: 'verdict', suggestion: 'a work in progress' },
  { phrase: 'sloppy', category: 'verdict', suggestion: 'inconsistent' },
  { phrase: 'shoddy', category: 'verdict', suggestion: 'inconsistent' },
  { phrase: 'chaotic', category: 'verdict', suggestion: 'not yet structured' },
  { phrase: 'useless', category: 'verdict', suggestion: 'of limited value' },
  {
    phrase: 'bad practice',
    category: 'verdict',
    suggestion: 'a practice worth revisiting',
  },
  {
    phrase: 'a bad practice',
    category: 'verdict',
    suggestion: 'a practice worth revisiting',
  },
  {
    phrase: 'a disaster',
    category: 'verdict',
    suggestion: 'a learning experience',
  },
  {
    phrase: 'substandard',
    category: 'verdict',
    suggestion: 'not yet at the target level',
  },

  // Absolutes: overgeneralising, leaving no room for counter-examples.
  { phrase: 'always', category: 'absolute', suggestion: 'often' },
  { phrase: 'never', category: 'absolute', suggestion: 'rarely' },
  { phrase: 'nobody', category: 'absolute', suggestion: 'hardly anyone' },
  { phrase: 'no one', category: 'absolute', suggestion: 'hardly anyone' },
  { phrase: 'no-one', category: 'absolute', suggestion: 'hardly anyone' },
  { phrase: 'everyone', category: 'absolute', suggestion: 'most of the team' },
  {
    phrase: 'everybody',
    category: 'absolute',
    suggestion: 'most of the team',
  },
  { phrase: 'completely', category: 'absolute', suggestion: 'largely' },
  { phrase: 'totally', category: 'absolute', suggestion: 'largely' },
  { phrase: 'entirely', category: 'absolute', suggestion: 'largely' },
  { phrase: 'not at all', category: 'absolute', suggestion: 'not yet' },
  { phrase: 'all the time', category: 'absolute', suggestion: 'frequently' },
  { phrase: 'constantly', category: 'absolute', suggestion: 'frequently' },
  {
    phrase: 'without exception',
    category: 'absolute',
    suggestion: 'in most cases',
  },
  { phrase: 'none of them', category: 'absolute', suggestion: 'few of them' },
  {
    phrase: 'nothing works',
    category: 'absolute',
    suggestion: 'some things do not yet work',
  },

  // Blame: pointing at a person instead of the process.
  {
    phrase: 'you should have',
    category: 'blame',
    suggestion: 'it may have helped to have',
  },
  {
    phrase: 'you should not have',
    category: 'blame',
    suggestion: 'it may have helped not to have',
  },
  {
    phrase: "you shouldn't have",
    category: 'blame',
    suggestion: 'it may have helped not to have',
  },
  {
    phrase: 'you should have known',
    category: 'blame',
    suggestion: 'it may have helped to know',
  },
  {
    phrase: 'should have known',
    category: 'blame',
    suggestion: 'might have been helped by knowing',
  },
  {
    phrase: 'you failed to',
    category: 'blame',
    suggestion: 'the team did not yet',
  },
  {
    phrase: 'your fault',
    category: 'blame',
    suggestion: 'a shared learning point',
  },
  {
    phrase: 'your mistake',
    category: 'blame',
    suggestion: 'a learning point',
  },
  {
    phrase: "you didn't bother",
    category: 'blame',
    suggestion: 'the team did not yet manage',
  },
  {
    phrase: 'you did not bother',
    category: 'blame',
    suggestion: 'the team did not yet manage',
  },
  { phrase: 'you forgot', category: 'blame', suggestion: 'the team missed' },
  {
    phrase: 'you forgot to',
    category: 'blame',
    suggestion: 'the team did not yet',
  },
  {
    phrase: 'you ignored',
    category: 'blame',
    suggestion: 'the team did not use',
  },
  {
    phrase: 'you were supposed to',
    category: 'blame',
    suggestion: 'the plan was to',
  },
  { phrase: 'careless', category: 'blame', suggestion: 'hurried' },
  {
    phrase: 'to blame',
    category: 'blame',
    suggestion: 'a contributing factor',
  },

  // Labels: characterising people instead of describing behaviour.
  { phrase: 'lazy', category: 'label', suggestion: 'stretched for time' },
  { phrase: 'resistant', category: 'label', suggestion: 'cautious' },
  {
    phrase: 'resistant to change',
    category: 'label',
    suggestion: 'cautious about the change',
  },
  { phrase: 'immature', category: 'label', suggestion: 'still maturing' },
  { phrase: 'amateur', category: 'label', suggestion: 'less experienced' },
  { phrase: 'amateurish', category: 'label', suggestion: 'still developing' },
  { phrase: 'clueless', category: 'label', suggestion: 'not yet informed' },
  { phrase: 'ignorant', category: 'label', suggestion: 'not yet informed' },
  { phrase: 'stubborn', category: 'label', suggestion: 'firm in their views' },
  { phrase: 'dysfunctional', category: 'label', suggestion: 'under strain' },
  { phrase: 'negligent', category: 'label', suggestion: 'not yet thorough' },
  { phrase: 'arrogant', category: 'label', suggestion: 'confident' },
  {
    phrase: 'uncooperative',
    category: 'label',
    suggestion: 'not yet engaged',
  },
  { phrase: 'unprofessional', category: 'label', suggestion: 'informal' },
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
];
