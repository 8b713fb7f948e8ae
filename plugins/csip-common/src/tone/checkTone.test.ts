import { applySuggestion, checkTone } from './checkTone';
import { JUDGEMENTAL_SENTENCES, NEUTRAL_SENTENCES } from './toneCorpus';
import { TONE_ALLOW_LIST, TONE_PHRASES } from './tonePhrases';
import {
  TONE_CATEGORY_LABELS,
  toneCategorySchema,
  toneCheckRequestSchema,
  toneCheckResponseSchema,
} from './toneSchema';

function applyAll(text: string): string {
  return [...checkTone(text)]
    .reverse()
    .reduce((result, finding) => applySuggestion(result, finding), text);
}

describe('checkTone', () => {
  describe('corpus', () => {
    it('has at least 30 sentences of each kind', () => {
      expect(JUDGEMENTAL_SENTENCES.length).toBeGreaterThanOrEqual(30);
      expect(NEUTRAL_SENTENCES.length).toBeGreaterThanOrEqual(30);
      for (const category of toneCategorySchema.options) {
        expect(
          JUDGEMENTAL_SENTENCES.some(s => s.categories.includes(category)),
        ).toBe(true);
      }
    });

    it.each(JUDGEMENTAL_SENTENCES.map(s => [s.text, s.categories] as const))(
      'flags %p as %p',
      (text, categories) => {
        const findings = checkTone(text);
        expect(findings.length).toBeGreaterThan(0);
        expect(new Set(findings.map(f => f.category))).toEqual(
          new Set(categories),
        );
      },
    );

    it.each(NEUTRAL_SENTENCES.map(s => [s]))('leaves %p alone', text => {
      expect(checkTone(text)).toEqual([]);
    });

    it.each(JUDGEMENTAL_SENTENCES.map(s => [s.text]))(
      'rephrases %p into a sentence with no findings',
      text => {
        const rephrased = applyAll(text);
        expect(rephrased).not.toEqual(text);
        expect(checkTone(rephrased)).toEqual([]);
      },
    );

    it('produces findings that match the response schema', () => {
      const text = JUDGEMENTAL_SENTENCES.map(s => s.text).join(' ');
      expect(toneCheckRequestSchema.safeParse({ text }).success).toBe(true);
      const response = { findings: checkTone(text) };
      expect(toneCheckResponseSchema.parse(response)).toEqual(response);
    });
  });

  it('returns nothing for an empty or blank text', () => {
    expect(checkTone('')).toEqual([]);
    expect(checkTone('   \n\t ')).toEqual([]);
  });

  it('reports exact offsets and the phrase as typed', () => {
    const text = 'Honestly, the CAB is a  MESS and it was\nYour Fault.';
    const findings = checkTone(text);
    expect(findings).toEqual([
      {
        start: 21,
        end: 28,
        phrase: 'a  MESS',
        category: 'verdict',
        suggestion: 'a work in progress',
        why: expect.any(String),
      },
      {
        start: 40,
        end: 50,
        phrase: 'Your Fault',
        category: 'blame',
        suggestion: 'a shared learning point',
        why: expect.any(String),
      },
    ]);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.phrase);
    }
  });

  it('is case-insensitive', () => {
    for (const text of ['never', 'Never', 'NEVER', 'nEvEr']) {
      expect(checkTone(text)).toEqual([
        {
          start: 0,
          end: 5,
          phrase: text,
          category: 'absolute',
          suggestion: 'rarely',
          why: expect.any(String),
        },
      ]);
    }
  });

  it('treats straight and curly apostrophes alike', () => {
    for (const text of [
      "you shouldn't have",
      'you shouldn\u2019t have',
      'you shouldn\u2018t have',
    ]) {
      const findings = checkTone(`Honestly, ${text} merged it.`);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        start: 10,
        end: 10 + text.length,
        phrase: text,
        category: 'blame',
        suggestion: 'it may have helped not to have',
      });
    }
  });

  it('allows any whitespace inside multi-word phrases', () => {
    const findings = checkTone('It was not\n  at\tall clear.');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      start: 7,
      end: 19,
      phrase: 'not\n  at\tall',
      category: 'absolute',
    });
    expect(checkTone('You should havebeen there.')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(checkTone('Nevertheless, the CAB met.')).toEqual([]);
    expect(checkTone('The data is poorer than last year.')).toEqual([]);
    expect(checkTone('Theirs is a message queue.')).toEqual([]);
    expect(checkTone('The runbook is alwaysOn.')).toEqual([]);
    expect(checkTone('Everyoneelse agreed.')).toEqual([]);
    expect(checkTone('Blameless reviews help.')).toEqual([]);
    expect(checkTone('Poorly documented').map(f => f.phrase)).toEqual([
      'Poorly',
    ]);
    expect(checkTone('poorly documented')[0].suggestion).toBe('not yet fully');
    expect(checkTone('(never)').map(f => f.phrase)).toEqual(['never']);
    expect(checkTone('nobody\u2019s fault').map(f => f.phrase)).toEqual([
      'nobody',
    ]);
    expect(checkTone('never-ending').map(f => f.phrase)).toEqual(['never']);
  });

  it('does not flag allow-listed ITSM terms', () => {
    expect(checkTone('Failed changes: 3. Failed change rate: low.')).toEqual(
      [],
    );
    expect(checkTone('Change Failure Rate')).toEqual([]);
    expect(checkTone('failed  deployments and failed releases')).toEqual([]);
    expect(checkTone('The token never expires.')).toEqual([]);
    expect(checkTone('An always-on VPN.')).toEqual([]);
    for (const term of TONE_ALLOW_LIST) {
      expect(checkTone(term)).toEqual([]);
    }
  });

  it('still flags a phrase next to an allow-listed term', () => {
    expect(
      checkTone('The change failed; failed changes are always reviewed.').map(
        f => [f.phrase, f.category],
      ),
    ).toEqual([
      ['failed', 'verdict'],
      ['always', 'absolute'],
    ]);
    expect(checkTone('the never expires rule is never used')).toHaveLength(1);
  });

  it('resolves overlaps to the longest match, then the earliest', () => {
    expect(checkTone('You failed to test it.')).toEqual([
      {
        start: 0,
        end: 13,
        phrase: 'You failed to',
        category: 'blame',
        suggestion: 'the team did not yet',
        why: expect.any(String),
      },
    ]);
    expect(checkTone('They failed to test it.')[0]).toMatchObject({
      phrase: 'failed to',
      category: 'verdict',
    });
    expect(checkTone('You should have known the policy.')).toMatchObject([
      { start: 0, end: 21, phrase: 'You should have known' },
    ]);
    expect(checkTone('They should have known.')).toMatchObject([
      { phrase: 'should have known', category: 'blame' },
    ]);
    expect(checkTone('Ops is resistant to change.')).toMatchObject([
      {
        phrase: 'resistant to change',
        suggestion: 'cautious about the change',
      },
    ]);
    expect(checkTone('This is a bad practice.')).toMatchObject([
      { phrase: 'a bad practice' },
    ]);
  });

  it('sorts findings by start', () => {
    const findings = checkTone(
      'Lazy, careless, always late and completely useless.',
    );
    expect(findings.map(f => f.phrase)).toEqual([
      'Lazy',
      'careless',
      'always',
      'completely',
      'useless',
    ]);
    const starts = findings.map(f => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('is deterministic', () => {
    const text = JUDGEMENTAL_SENTENCES.map(s => s.text).join('\n');
    expect(checkTone(text)).toEqual(checkTone(text));
  });

  // Speed is measured by `yarn bench:tone` (Node and Chromium), not here:
  // a timed assertion in a unit test fails on a busy machine.
  it('checks the longest accepted text', () => {
    const text = JUDGEMENTAL_SENTENCES.concat(
      NEUTRAL_SENTENCES.map(s => ({ text: s, categories: [] })),
    )
      .map(s => s.text)
      .join(' ')
      .repeat(10)
      .slice(0, 20000);
    const findings = checkTone(text);
    expect(findings.length).toBeGreaterThan(100);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.phrase);
    }
  });
});

describe('TONE_PHRASES', () => {
  it('has at least 40 phrases and at least 8 per category', () => {
    expect(TONE_PHRASES.length).toBeGreaterThanOrEqual(40);
    // The fixed phrase list covers the four original categories; the newer
    // `assumption` and `command` come from the language rules.
    for (const category of ['verdict', 'absolute', 'blame', 'label'] as const) {
      expect(
        TONE_PHRASES.filter(p => p.category === category).length,
      ).toBeGreaterThanOrEqual(8);
    }
  });

  it('has no duplicate phrases', () => {
    const phrases = TONE_PHRASES.map(p => p.phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('writes phrases in lower case, single-spaced, with straight apostrophes', () => {
    for (const { phrase } of TONE_PHRASES) {
      expect(phrase).toBe(phrase.toLowerCase().trim().replace(/\s+/g, ' '));
      expect(phrase).not.toMatch(/[\u2018\u2019]/);
    }
  });

  it.each(TONE_PHRASES.map(p => [p.phrase, p.category, p.suggestion]))(
    'flags %p on its own as %p',
    (phrase, category, suggestion) => {
      expect(checkTone(phrase)).toEqual([
        {
          start: 0,
          end: phrase.length,
          phrase,
          category,
          suggestion,
          why: expect.any(String),
        },
      ]);
    },
  );

  it.each(TONE_PHRASES.map(p => [p.suggestion]))(
    'suggestion %p produces no findings',
    suggestion => {
      expect(checkTone(suggestion)).toEqual([]);
      expect(checkTone(`The team ${suggestion} the plan.`)).toEqual([]);
    },
  );

  it('has a label and a reason for every category', () => {
    for (const category of toneCategorySchema.options) {
      expect(TONE_CATEGORY_LABELS[category].label).not.toBe('');
      expect(TONE_CATEGORY_LABELS[category].why).not.toBe('');
    }
  });
});

describe('applySuggestion', () => {
  it('replaces the span with the suggestion', () => {
    const text = 'The team never tests backout plans.';
    const [finding] = checkTone(text);
    expect(applySuggestion(text, finding)).toBe(
      'The team rarely tests backout plans.',
    );
  });

  it('keeps an initial capital', () => {
    const text = 'Nobody reads it. You should have asked.';
    expect(applyAll(text)).toBe(
      'Hardly anyone reads it. It may have helped to have asked.',
    );
    expect(applyAll('NEVER again')).toBe('Rarely again');
  });

  it('leaves the text alone when the finding is stale', () => {
    const [finding] = checkTone('It is poor.');
    expect(applySuggestion('It is fine.', finding)).toBe('It is fine.');
  });

  it('applies all findings from last to first', () => {
    expect(applyAll('You failed to test it and it was a mess, always.')).toBe(
      'The team did not yet test it and it was a work in progress, often.',
    );
  });
});
