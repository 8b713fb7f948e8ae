import { PERSON_NOUNS, PERSON_PRONOUNS, wordSet } from './toneLexicon';
import type { ToneToken } from './toneNlp';

/**
 * Capitalised words that are not people: days, months and the tools and
 * frameworks a review names ("Jira", "ServiceNow").
 */
const NOT_NAMES = wordSet(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december christmas easter jira servicenow jenkins github gitlab azure aws gcp kubernetes
  terraform ansible confluence slack teams excel sharepoint linux windows oracle sap splunk datadog grafana prometheus
  docker helm argo octopus bamboo remedy cherwell itil cobit devops agile scrum kanban safe prince lean sre cab cmdb
  change release configuration problem incident service services management manager board the a an this that these
  those it its our we i`,
);

/** What people show of themselves: a verdict on these is a label. */
const TRAITS = wordSet(
  'attitude mindset behaviour behavior mentality demeanour demeanor conduct manner ethic temperament',
);

/**
 * Whether a token names a person or a team: a person pronoun, a role noun
 * ("librarian", "approvers", "the ops lead") or a name written with a
 * capital inside a sentence ("as Priya said", "when Tom deployed"; a
 * capital at the start of a sentence says nothing).
 *
 * @internal
 */
export function isPersonWord(t: ToneToken | undefined): boolean {
  if (!t) return false;
  if (t.pos === 'PRON') return PERSON_PRONOUNS.has(t.norm);
  if (PERSON_NOUNS.has(t.lemma) || PERSON_NOUNS.has(t.norm)) return true;
  if (TRAITS.has(t.lemma)) return true;
  return (
    t.capital &&
    (t.pos === 'PROPN' || t.pos === 'NOUN') &&
    !NOT_NAMES.has(t.norm)
  );
}
