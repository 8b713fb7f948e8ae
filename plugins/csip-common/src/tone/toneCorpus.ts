import type { ToneCategory } from './toneSchema';

/**
 * Test corpus: sentences the tone checker must flag, each with the
 * categories it must find. Not exported from the package.
 */
export const JUDGEMENTAL_SENTENCES: ReadonlyArray<{
  text: string;
  categories: ToneCategory[];
}> = [
  { text: 'The last release failed.', categories: ['verdict'] },
  {
    text: 'Documentation of backout plans is poor.',
    categories: ['verdict'],
  },
  { text: 'The CAB is a mess.', categories: ['verdict'] },
  {
    text: 'Risk assessment is inadequate for normal changes.',
    categories: ['verdict'],
  },
  { text: 'The release manager is incompetent.', categories: ['verdict'] },
  {
    text: 'This level of unauthorised change is unacceptable.',
    categories: ['verdict'],
  },
  { text: 'The CMDB data is terrible.', categories: ['verdict'] },
  {
    text: 'Change records are sloppy and chaotic.',
    categories: ['verdict'],
  },
  { text: 'The approval workflow is useless.', categories: ['verdict'] },
  { text: 'Skipping peer review is bad practice.', categories: ['verdict'] },
  { text: 'The team failed to record approvals.', categories: ['verdict'] },
  { text: 'Release notes are poorly written.', categories: ['verdict'] },
  {
    text: 'The go-live of the new CMDB was a disaster.',
    categories: ['verdict'],
  },
  { text: 'Engineers always bypass the CAB.', categories: ['absolute'] },
  { text: 'The team never tests backout plans.', categories: ['absolute'] },
  { text: 'Nobody reads the change calendar.', categories: ['absolute'] },
  {
    text: 'No one updates the CMDB after a change.',
    categories: ['absolute'],
  },
  // "ignores" with a person as its subject is blame since the language
  // rules (it was 'absolute' only when only "everyone" was on the list).
  {
    text: 'Everyone ignores the freeze period.',
    categories: ['absolute', 'blame'],
  },
  {
    text: 'The configuration baseline is completely out of date.',
    categories: ['absolute'],
  },
  {
    text: 'The process is not at all understood by the service desk.',
    categories: ['absolute'],
  },
  {
    text: 'Emergency changes happen all the time.',
    categories: ['absolute'],
  },
  { text: 'Nothing works in the release pipeline.', categories: ['absolute'] },
  { text: 'Releases are constantly late.', categories: ['absolute'] },
  {
    text: 'None of them attend the CAB without exception.',
    categories: ['absolute'],
  },
  { text: 'You should have asked the CAB first.', categories: ['blame'] },
  {
    text: 'You shouldn\u2019t have deployed on a Friday.',
    categories: ['blame'],
  },
  { text: 'You failed to notify the service desk.', categories: ['blame'] },
  {
    text: 'It was your fault that the release slipped.',
    categories: ['blame'],
  },
  { text: "You didn't bother to update the CMDB.", categories: ['blame'] },
  {
    text: 'You forgot to attach the test evidence.',
    categories: ['blame'],
  },
  {
    text: 'A careless change took down the payment service.',
    categories: ['blame'],
  },
  { text: 'You ignored the change freeze.', categories: ['blame'] },
  { text: 'You were supposed to close the record.', categories: ['blame'] },
  {
    text: 'The release team is to blame for the outage.',
    categories: ['blame'],
  },
  {
    text: 'The team is lazy about closing change records.',
    categories: ['label'],
  },
  { text: 'Operations is resistant to change.', categories: ['label'] },
  {
    text: 'Their configuration management is immature and amateurish.',
    categories: ['label'],
  },
  {
    text: 'The developers are clueless about release risk.',
    categories: ['label'],
  },
  { text: 'The service owner is stubborn.', categories: ['label'] },
  { text: 'The CAB is dysfunctional.', categories: ['label'] },
  { text: 'The release team was negligent.', categories: ['label'] },
  {
    text: 'The service desk is uncooperative and unprofessional.',
    categories: ['label'],
  },
  {
    text: 'The team clearly does not care about backout plans.',
    categories: ['assumption'],
  },
  {
    text: 'They skipped the peer review on purpose.',
    categories: ['assumption'],
  },
  { text: 'The team must stop deploying on Fridays.', categories: ['command'] },
  {
    text: 'The engineers should be ashamed of these records.',
    categories: ['command'],
  },
  {
    text: 'You never follow the process and the result is a mess.',
    categories: ['absolute', 'verdict'],
  },
  {
    text: 'Everybody knows the CMDB is useless.',
    categories: ['absolute', 'verdict'],
  },
  {
    text: 'You should have known that this was totally unacceptable.',
    categories: ['blame', 'absolute', 'verdict'],
  },
  {
    text: 'The lazy approvers always rubber-stamp poor change requests.',
    categories: ['label', 'absolute', 'verdict'],
  },
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
