import fs from 'fs';
import path from 'path';
import { TONE_ALLOW_LIST, TONE_PHRASES } from './tonePhrases';
import { TONE_CATEGORY_LABELS, toneCategorySchema } from './toneSchema';

const GUIDE = path.resolve(
  __dirname,
  '../../../../docs/user-guide/tone-guide.md',
);

/** The rows of every `| Phrase | Suggestion |` table, with its heading. */
function phraseRows(markdown: string) {
  const rows: Array<{ heading: string; phrase: string; suggestion: string }> =
    [];
  let heading = '';
  let inTable = false;
  for (const line of markdown.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map(c => c.trim());
    if (line.startsWith('#')) {
      heading = line.replace(/^#+\s*/, '');
    } else if (cells[0] === 'Phrase' && cells[1] === 'Suggestion') {
      inTable = true;
    } else if (!line.startsWith('|')) {
      inTable = false;
    } else if (inTable && !/^-+$/.test(cells[0])) {
      rows.push({ heading, phrase: cells[0], suggestion: cells[1] });
    }
  }
  return rows;
}

describe('docs/user-guide/tone-guide.md', () => {
  const guide = fs.readFileSync(GUIDE, 'utf8');
  const rows = phraseRows(guide);

  it('mentions every phrase', () => {
    for (const { phrase } of TONE_PHRASES) {
      expect(guide.toLocaleLowerCase('en-US')).toContain(phrase);
    }
  });

  it('lists every phrase with its suggestion under its category', () => {
    for (const { phrase, category, suggestion } of TONE_PHRASES) {
      const row = rows.find(r => r.phrase === phrase);
      expect(row).toEqual({
        heading: expect.stringMatching(
          new RegExp(`^${TONE_CATEGORY_LABELS[category].label}`),
        ),
        phrase,
        suggestion,
      });
    }
  });

  it('lists no phrase the checker does not know', () => {
    expect(rows.map(r => r.phrase).sort()).toEqual(
      TONE_PHRASES.map(p => p.phrase).sort(),
    );
  });

  it('explains every category', () => {
    for (const category of toneCategorySchema.options) {
      const { label, why } = TONE_CATEGORY_LABELS[category];
      expect(guide).toContain(label);
      expect(guide).toContain(why);
    }
  });

  it('mentions every allow-listed term', () => {
    const flat = guide.replace(/\s+/g, ' ').replace(/\(s\)/g, '');
    for (const term of TONE_ALLOW_LIST) {
      expect(flat).toContain(term.replace(/s$/, ''));
    }
  });
});
