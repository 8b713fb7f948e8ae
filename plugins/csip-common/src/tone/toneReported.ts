import { isPersonWord } from './tonePeople';
import { REPORTING_VERBS } from './toneLexicon';
import type { ToneAnalysis } from './toneNlp';
import { subjectBefore } from './toneSubject';

const CLAUSE_START = new Set(['SCONJ', 'DET', 'PRON', 'NOUN', 'PROPN']);

/**
 * The parts of a text that report someone else's words or feelings ("the
 * release manager said the freeze felt rushed"): from just after a
 * reporting verb whose subject is a third party (not "I", "we" or "you") to
 * the end of its sentence, as `[start, end)` character offsets. What people
 * said is data for the review, not the coach's judgement, so the rules'
 * findings there are dropped; configured and built-in phrases still apply.
 *
 * @internal
 */
export function reportedSpans(analysis: ToneAnalysis): Array<[number, number]> {
  const { tokens } = analysis;
  const spans: Array<[number, number]> = [];
  for (const [s0, s1] of analysis.sentences) {
    for (let k = s0; k < s1; k++) {
      const t = tokens[k];
      if (t.pos !== 'VERB' || !REPORTING_VERBS.has(t.lemma)) continue;
      // Only a reported clause ("said that …", "felt the PIRs …"), not
      // "the metrics they report are …" or "complain about every control".
      const next = tokens[k + 1];
      if (!next || !CLAUSE_START.has(next.pos)) continue;
      const subject = subjectBefore(tokens, k, s0);
      if (subject < 0) continue;
      const who = tokens[subject];
      if (['i', 'we', 'you'].includes(who.norm) || !isPersonWord(who)) continue;
      spans.push([t.end, tokens[s1 - 1].end]);
      break;
    }
  }
  accordingTo(analysis, spans);
  quotedSpans(analysis, spans);
  return spans;
}

/**
 * Quotations of three words or more ("Jen said it is “a useless
 * box-ticking exercise”"): somebody's own words, quoted as data. Shorter
 * quotes are scare quotes ("the ‘emergency’ change") and stay checked.
 */
function quotedSpans(
  analysis: ToneAnalysis,
  spans: Array<[number, number]>,
): void {
  const { tokens } = analysis;
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].text !== '"') continue;
    if (open < 0) {
      open = k;
      continue;
    }
    let words = 0;
    for (let j = open + 1; j < k; j++) if (tokens[j].pos !== 'PUNCT') words++;
    if (words >= 3) spans.push([tokens[open].end, tokens[k].start]);
    open = -1;
  }
}

/**
 * "According to the database team, backout plans are hard to write …": what
 * follows the attribution is their account.
 */
function accordingTo(
  analysis: ToneAnalysis,
  spans: Array<[number, number]>,
): void {
  const { tokens } = analysis;
  for (const [s0, s1] of analysis.sentences) {
    if (tokens[s0]?.norm !== 'according' || tokens[s0 + 1]?.norm !== 'to') {
      continue;
    }
    for (let k = s0 + 2; k < s1; k++) {
      if (tokens[k].text === ',') {
        spans.push([tokens[k].end, tokens[s1 - 1].end]);
        break;
      }
    }
  }
}
