import { applySuggestion, checkTone, type ToneOptions } from './checkTone';
import { toneConfigProblems, toneConfigSchema } from './toneConfig';
import { TONE_ALLOW_LIST } from './tonePhrases';
import { TONE_CATEGORY_LABELS, toneCheckResponseSchema } from './toneSchema';

/** [phrase, category, suggestion] of each finding. */
function found(text: string, options?: ToneOptions) {
  return checkTone(text, options).map(f => [
    f.phrase,
    f.category,
    f.suggestion,
  ]);
}

function rephrase(text: string, options?: ToneOptions): string {
  return [...checkTone(text, options)]
    .reverse()
    .reduce((result, finding) => applySuggestion(result, finding), text);
}

describe('tone rules', () => {
  it('knows the forms of a word by its lemma, with a rephrasing in the same tense', () => {
    expect(found('The team fails to log emergency changes.')).toEqual([
      ['fails to', 'verdict', 'does not yet'],
    ]);
    expect(found('The team has failed to log them.')).toEqual([
      ['failed to', 'verdict', 'not yet managed to'],
    ]);
    expect(
      found('Their failure to test the rollback caused the outage.'),
    ).toEqual([['failure to', 'verdict', 'missed opportunity to']]);
    expect(found('The release was a complete failure.')).toEqual([
      ['a complete failure', 'verdict', 'a setback to learn from'],
    ]);
    expect(found('The engineers behave like amateurs.')).toEqual([
      ['amateurs', 'label', 'less experienced people'],
    ]);
    expect(found('The sheer incompetence of the release team showed.')).toEqual(
      [['sheer incompetence', 'label', 'learning curve']],
    );
  });

  it('leaves the neutral uses of the same words alone', () => {
    for (const text of [
      'The failure rate of automated tests is tracked per release.',
      'A failing health check stops the rollout automatically.',
      'The pipeline fails fast when a unit test breaks.',
      'The single point of failure in the load balancer tier was removed.',
      'The change could fail if the index is missing, so it has a backout plan.',
      'Poorer data quality in the test environment is a known, accepted risk.',
      'Latency was worse during the change window than outside it.',
      'The bad weather delayed the data centre visit by a day.',
    ]) {
      expect(found(text)).toEqual([]);
    }
  });

  it('flags evaluative adjectives and nouns that no list spells out, by position', () => {
    expect(found('The change documentation is atrocious.')).toEqual([
      ['atrocious', 'verdict', 'in need of attention'],
    ]);
    expect(found('The release notes are a joke.')).toEqual([
      ['a joke', 'verdict', 'not yet working as intended'],
    ]);
    expect(found('The rollout plan was half-baked.')).toEqual([
      ['half-baked', 'verdict', 'not yet where the team wants it'],
    ]);
    expect(found('The environment strategy is a train wreck.')).toEqual([
      ['a train wreck', 'verdict', 'a real challenge'],
    ]);
    // "weak" judges only as a predicate; "weak ciphers" is a technical term.
    expect(found('The test coverage is weak.')).toHaveLength(1);
    expect(found('Weak TLS ciphers were disabled.')).toEqual([]);
  });

  it('labels judgements aimed at people rather than at what was observed', () => {
    expect(found('The developers are reckless.')).toEqual([
      ['reckless', 'label', 'moving fast'],
    ]);
    expect(found('The release manager is hopeless.')).toEqual([
      ['hopeless', 'label', 'still finding their way'],
    ]);
    expect(found('The change manager is out of his depth.')).toEqual([
      ['out of his depth', 'label', 'new to this'],
    ]);
    expect(found('The engineers are not competent to run changes.')).toEqual([
      ['not competent', 'label', 'not yet competent'],
    ]);
    expect(found("The team isn't capable of it.")).toEqual([
      ["isn't capable", 'label', 'is not yet capable'],
    ]);
    expect(found('The change owner lacks basic discipline.')).toEqual([
      ['lacks basic discipline', 'label', 'is still building discipline'],
    ]);
    // "not yet" describes growth; a thing that lacks data is no person.
    expect(
      found('The team is not yet confident with canary releases.'),
    ).toEqual([]);
    expect(
      found('The CMDB lacks relationship data for network devices.'),
    ).toEqual([]);
  });

  it('flags certainty and mind-reading', () => {
    expect(found("The team clearly doesn't care about backout plans.")).toEqual(
      [
        ['clearly', 'assumption', '— from what we saw —'],
        ["doesn't care about", 'assumption', 'has not yet prioritised'],
      ],
    );
    expect(found('Obviously the CAB has given up.')).toEqual([
      ['Obviously', 'assumption', 'From what we saw'],
    ]);
    expect(found('They skipped the review on purpose.')).toEqual([
      ['on purpose', 'assumption', 'that time'],
    ]);
    expect(found("They can't be bothered to update the records.")).toEqual([
      ["can't be bothered to", 'assumption', 'have not yet found time to'],
    ]);
    // Describing clarity, or caring, is not mind-reading.
    expect(found('The runbook clearly describes the rollback steps.')).toEqual(
      [],
    );
    expect(found('Approval criteria are clearly documented.')).toEqual([]);
    expect(found('The team cares about getting releases right.')).toEqual([]);
    expect(
      found('It is clear from the records that approvals take two days.'),
    ).toEqual([]);
  });

  it('flags absolutes and habitual blame', () => {
    expect(found('The team keeps breaking the build.')).toEqual([
      ['keeps breaking', 'absolute', 'has on several occasions broken'],
    ]);
    expect(found('The engineers kept skipping the peer review.')).toEqual([
      ['kept skipping', 'absolute', 'on several occasions skipped'],
    ]);
    expect(found('Yet again the change records were left empty.')).toEqual([
      ['Yet again', 'absolute', 'Again'],
    ]);
    expect(found('The DBAs invariably ignore the change window.')).toEqual([
      ['invariably', 'absolute', 'at times'],
      ['ignore', 'blame', 'do not use'],
    ]);
    expect(found('The team keeps a record of every CAB decision.')).toEqual([]);
    expect(found('The team keeps learning from failed changes.')).toEqual([]);
    expect(found('Service owners were not always informed.')).toEqual([]);
  });

  it('flags commands and shaming, not inviting suggestions', () => {
    expect(found('You need to stop bypassing the CAB.')).toEqual([
      ['You need to', 'command', 'an option is to'],
    ]);
    expect(found('The team must stop deploying on Fridays.')).toEqual([
      ['must stop', 'command', 'could stop'],
    ]);
    expect(found('Stop ignoring the change calendar.')).toEqual([
      ['Stop', 'command', 'An option is to stop'],
    ]);
    expect(found('Fix the change records now.')).toEqual([
      ['Fix', 'command', 'An option is to fix'],
    ]);
    expect(found('The engineers should be ashamed of these records.')).toEqual([
      ['should be ashamed of', 'command', 'could reflect on'],
    ]);
    expect(found('How could you deploy without approval?')).toEqual([
      ['How could you', 'command', 'What led you to'],
    ]);
    for (const text of [
      'Consider adding a backout section to the change template.',
      'Record the reason when a change is approved outside the CAB.',
      'You could invite a service owner to the next review.',
      'The policy says every change must have a backout plan.',
      'The team agreed to stop deploying on Fridays for the next quarter.',
    ]) {
      expect(found(text)).toEqual([]);
    }
  });

  it('flags sweeping verdicts about a whole process', () => {
    expect(found('The whole change process is broken.')).toEqual([
      ['broken', 'verdict', 'not yet working as intended'],
    ]);
    expect(
      found('Configuration management here simply does not work.'),
    ).toEqual([['does not work', 'verdict', 'does not yet work as intended']]);
    expect(found('The CAB serves no purpose.')).toEqual([
      ['serves no purpose', 'verdict', 'does not yet serve its purpose'],
    ]);
    // A broken link or a script that does not work is a fact, not a verdict.
    expect(found('Three broken links in the runbook were fixed.')).toEqual([]);
    expect(
      found('The rollback script does not work on Windows hosts.'),
    ).toEqual([]);
  });

  it('reads British and American spelling alike', () => {
    const same = (text: string) =>
      checkTone(text).map(f => [f.category, f.suggestion]);
    expect(same('The team is disorganised.')).toEqual(
      same('The team is disorganized.'),
    );
    expect(same('The team is disorganised.')).toHaveLength(1);
    expect(same('Their behaviour was childish.')).toEqual(
      same('Their behavior was childish.'),
    );
  });

  it('never flags an allow-listed ITSM term', () => {
    expect(
      found(
        'The change failure rate and the failed deployment rate are tracked; emergency changes go to the ECAB; chaos engineering runs weekly; the disaster recovery test passed.',
      ),
    ).toEqual([]);
    for (const term of TONE_ALLOW_LIST) {
      expect(found(term)).toEqual([]);
    }
  });

  it('gives every finding a category, a why and a rephrasing that clears it', () => {
    const texts = [
      'The team fails to log emergency changes.',
      'The release notes are a joke.',
      'The developers are reckless.',
      'They skipped the review on purpose.',
      'The team keeps breaking the build.',
      'You need to stop bypassing the CAB.',
      'The whole change process is broken.',
      'The approvers waved the change through without reading it.',
      'The release manager threw the testers under the bus.',
    ];
    for (const text of texts) {
      const findings = checkTone(text);
      expect(findings.length).toBeGreaterThan(0);
      expect(toneCheckResponseSchema.parse({ findings })).toEqual({ findings });
      for (const f of findings) {
        expect(TONE_CATEGORY_LABELS[f.category]).toBeDefined();
        expect(f.why).toMatch(/\w/);
        expect(f.suggestion).not.toBe('');
      }
      expect(checkTone(rephrase(text))).toEqual([]);
    }
  });

  it('is deterministic', () => {
    const text =
      'The CAB is a farce. They obviously ignore it. You must stop this. The team keeps forgetting the CMDB.';
    const first = checkTone(text);
    for (let i = 0; i < 5; i++) {
      expect(checkTone(text)).toEqual(first);
    }
  });
});

describe('tone options from csip.tone', () => {
  const options: ToneOptions = toneConfigSchema.parse({
    extraPhrases: [
      {
        phrase: 'heads will roll',
        category: 'command',
        suggestion: 'we will look at this together',
        why: 'Threats close the conversation.',
      },
      { phrase: 'a mess', category: 'verdict', suggestion: 'untidy' },
    ],
    allow: ['lazy evaluation', 'sloppy mode'],
  });

  it('flags extra phrases as whole words, case-insensitively', () => {
    expect(checkTone('If it slips again, Heads  will roll.', options)).toEqual([
      {
        start: 19,
        end: 35,
        phrase: 'Heads  will roll',
        category: 'command',
        suggestion: 'we will look at this together',
        why: 'Threats close the conversation.',
      },
    ]);
    expect(found('Redheads will rollout.', options)).toEqual([]);
  });

  it('prefers a configured phrase over a built-in one on the same span', () => {
    expect(found('The CAB is a mess.', options)).toEqual([
      ['a mess', 'verdict', 'untidy'],
    ]);
  });

  it('never flags allow-listed terms, in any form', () => {
    expect(found('Lazy evaluation is enabled.')).not.toEqual([]);
    expect(found('Lazy evaluation is enabled.', options)).toEqual([]);
    expect(found('JavaScript sloppy mode is off.', options)).toEqual([]);
  });

  it('reports configurations that could not work', () => {
    expect(toneConfigProblems(toneConfigSchema.parse({}))).toEqual([]);
    expect(
      toneConfigProblems(
        toneConfigSchema.parse({
          extraPhrases: [
            { phrase: 'meh', category: 'verdict', suggestion: 'a total mess' },
            { phrase: 'Meh', category: 'verdict', suggestion: 'average' },
          ],
          allow: ['meh'],
        }),
      ),
    ).toEqual([
      "extraPhrases[0].phrase: 'meh' is also in allow, so it would never be flagged",
      "extraPhrases[0].suggestion: 'a total mess' would itself be flagged ('a total mess', verdict)",
      "extraPhrases[1].phrase: 'Meh' is already listed at extraPhrases[0]",
      "extraPhrases[1].phrase: 'Meh' is also in allow, so it would never be flagged",
    ]);
    expect(
      toneConfigSchema.safeParse({
        extraPhrases: [{ phrase: '  ', category: 'verdict', suggestion: '' }],
      }).success,
    ).toBe(false);
  });
});
