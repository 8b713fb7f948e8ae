import type { ToneCategory } from './toneSchema';

/** Sentences the tone checker must flag, each with these categories. */
function flagged(
  categories: ToneCategory[],
  texts: string[],
): Array<{ text: string; categories: ToneCategory[] }> {
  return texts.map(text => ({ text, categories }));
}

/**
 * Test corpus: sentences the tone checker must flag, each with the
 * categories it must find. Not exported from the package.
 */
export const JUDGEMENTAL_SENTENCES: ReadonlyArray<{
  text: string;
  categories: ToneCategory[];
}> = [
  ...flagged(
    ['verdict'],
    [
      'The last release failed.',
      'Documentation of backout plans is poor.',
      'The CAB is a mess.',
      'Risk assessment is inadequate for normal changes.',
      'The release manager is incompetent.',
      'This level of unauthorised change is unacceptable.',
      'The CMDB data is terrible.',
      'Change records are sloppy and chaotic.',
      'The approval workflow is useless.',
      'Skipping peer review is bad practice.',
      'The team failed to record approvals.',
      'Release notes are poorly written.',
      'The go-live of the new CMDB was a disaster.',
    ],
  ),
  ...flagged(
    ['absolute'],
    [
      'Engineers always bypass the CAB.',
      'The team never tests backout plans.',
      'Nobody reads the change calendar.',
      'No one updates the CMDB after a change.',
    ],
  ),
  // "ignores" with a person as its subject is blame since the language
  // rules (it was 'absolute' only when only "everyone" was on the list).
  ...flagged(['absolute', 'blame'], ['Everyone ignores the freeze period.']),
  ...flagged(
    ['absolute'],
    [
      'The configuration baseline is completely out of date.',
      'The process is not at all understood by the service desk.',
      'Emergency changes happen all the time.',
      'Nothing works in the release pipeline.',
      'Releases are constantly late.',
      'None of them attend the CAB without exception.',
    ],
  ),
  ...flagged(
    ['blame'],
    [
      'You should have asked the CAB first.',
      'You shouldn\u2019t have deployed on a Friday.',
      'You failed to notify the service desk.',
      'It was your fault that the release slipped.',
      "You didn't bother to update the CMDB.",
      'You forgot to attach the test evidence.',
      'A careless change took down the payment service.',
      'You ignored the change freeze.',
      'You were supposed to close the record.',
      'The release team is to blame for the outage.',
    ],
  ),
  ...flagged(
    ['label'],
    [
      'The team is lazy about closing change records.',
      'Operations is resistant to change.',
      'Their configuration management is immature and amateurish.',
      'The developers are clueless about release risk.',
      'The service owner is stubborn.',
      'The CAB is dysfunctional.',
      'The release team was negligent.',
      'The service desk is uncooperative and unprofessional.',
    ],
  ),
  ...flagged(
    ['assumption'],
    [
      'The team clearly does not care about backout plans.',
      'They skipped the peer review on purpose.',
    ],
  ),
  ...flagged(
    ['command'],
    [
      'The team must stop deploying on Fridays.',
      'The engineers should be ashamed of these records.',
    ],
  ),
  ...flagged(
    ['absolute', 'verdict'],
    [
      'You never follow the process and the result is a mess.',
      'Everybody knows the CMDB is useless.',
    ],
  ),
  ...flagged(
    ['blame', 'absolute', 'verdict'],
    ['You should have known that this was totally unacceptable.'],
  ),
  ...flagged(
    ['label', 'absolute', 'verdict'],
    ['The lazy approvers always rubber-stamp poor change requests.'],
  ),
];

/**
 * Test corpus: neutral coaching sentences, written like real review text,
 * that the tone checker must leave alone.
 */
export const NEUTRAL_SENTENCES: readonly string[] = [
  'We observed that emergency changes are recorded after the fact.',
  'The change failure rate fell from 12% to 7%.',
  'Nevertheless, the CAB met every week.',
  'An opportunity to try peer review of release plans.',
  'Failed changes are reviewed at the next CAB meeting.',
  'The team tracks failed deployments on a shared dashboard.',
  'The service account password never expires, which the team plans to review.',
  'The monitoring agent is always-on across production servers.',
  'Change records are not yet linked to configuration items.',
  'Strengths first: the release calendar is visible to all service owners.',
  'We saw that most standard changes follow the agreed template.',
  'Backout plans were present in 18 of 20 sampled changes.',
  'The CMDB covers about 60% of production servers.',
  'Configuration audits happen quarterly and their results are shared.',
  'Release notes are still developing and vary between teams.',
  'The team has started a pilot of automated deployment checks.',
  'Two releases were rolled back in March; both had a documented reason.',
  'The team could explore a lightweight risk assessment for normal changes.',
  'Service owners told us they would value clearer approval criteria.',
  'The team is stretched for time during quarter-end freezes.',
  'An option is to pair new change managers with experienced colleagues.',
  'Post-implementation reviews took place for most major changes.',
  'The process owner is cautious about changing the CAB schedule.',
  'The database failed over to the secondary site as designed.',
  'The DBA team reviewed the AlwaysOn availability group settings.',
  'The team runs blameless post-incident reviews after every major incident.',
  'Each engineer we interviewed described the same approval steps.',
  'The failed backup from 2 May was rerun successfully the next day.',
  'Completion of the CMDB audit is planned for June.',
  'Several engineers mentioned that lazy loading slows the change form down.',
  'Release readiness checks take place for most releases but are not yet recorded.',
  'Approvals are mostly given within two working days.',
  'The failure rate of automated tests is tracked per release.',
  'Ownership of configuration data is still maturing.',
  'Peer review of change plans happened in 8 of the 10 changes we sampled.',
  'Next time, an option is to involve the service desk earlier.',
  'The team is proud of the new release checklist.',
  'The on-call engineers understand the emergency change process well.',
  'We did not yet see evidence of trend analysis on failed changes.',
  'Poorer data quality in the test environment is a known, accepted risk.',
];
