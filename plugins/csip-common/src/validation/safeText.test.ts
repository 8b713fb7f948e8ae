import { entityRefSchema } from '../programme/programmeSchema';
import { processIdSchema } from '../maturity/maturityModelSchema';
import { reviewToneFindings } from '../review/reviewToneFindings';
import { TONE_FINDINGS_PER_FIELD_MAX } from '../review/reviewToneFindings';
import { checkTone } from '../tone/checkTone';
import {
  boundedInt,
  INTEGER_MAX,
  isoDateSchema,
  isoTimestampSchema,
  pathIdSchema,
  pathNumberSchema,
} from './bounds';
import { CONTROL_CHARACTERS_MESSAGE, safeText } from './safeText';

const messages = (result: {
  success: boolean;
  error?: { issues: Array<{ message: string }> };
}) => result.error?.issues.map(i => i.message) ?? [];

describe('safeText', () => {
  const title = safeText({ min: 1, max: 10 });

  it('accepts text with tabs and line breaks, trimmed', () => {
    expect(title.parse('  a\tb\r\nc  ')).toBe('a\tb\r\nc');
    expect(title.parse('ü€😀')).toBe('ü€😀');
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['bell', 'a\u0007'],
    ['vertical tab', 'a\u000Bb'],
    ['form feed', 'a\u000Cb'],
    ['escape', '\u001B[31m'],
    ['DEL', 'a\u007F'],
    ['a C1 control', 'a\u0085b'],
    ['a lone surrogate', 'a\uD800b'],
  ])('refuses %s with a clear message', (_name, text) => {
    expect(messages(title.safeParse(text))).toEqual([
      CONTROL_CHARACTERS_MESSAGE,
    ]);
  });

  it('counts the length after trimming and names the limits', () => {
    expect(title.safeParse(`  ${'a'.repeat(10)}  `).success).toBe(true);
    expect(messages(title.safeParse('a'.repeat(11)))).toEqual([
      'must be at most 10 characters',
    ]);
    expect(messages(title.safeParse('   '))).toEqual(['must not be empty']);
    expect(safeText({ max: 5 }).safeParse('').success).toBe(true);
  });

  it('keeps surrounding whitespace when told not to trim', () => {
    expect(safeText({ max: 5, trim: false }).parse(' a ')).toBe(' a ');
  });

  it('refuses what is not a string', () => {
    for (const value of [1, null, true, {}, ['a']]) {
      expect(title.safeParse(value).success).toBe(false);
    }
  });
});

describe('entityRefSchema', () => {
  it('caps references at 255 characters', () => {
    const schema = entityRefSchema(['user']);
    const ref = (length: number) =>
      `user:default/${'a'.repeat(length - 'user:default/'.length)}`;
    expect(schema.safeParse(ref(255)).success).toBe(true);
    expect(messages(schema.safeParse(ref(256)))).toContain(
      'must be at most 255 characters',
    );
    expect(schema.safeParse('user:default/a\u0000').success).toBe(false);
  });
});

describe('boundedInt', () => {
  const version = boundedInt({ min: 1 });

  it('takes whole numbers that fit a PostgreSQL integer', () => {
    expect(version.parse(1)).toBe(1);
    expect(version.parse(INTEGER_MAX)).toBe(2 ** 31 - 1);
  });

  it.each([
    0,
    -1,
    2 ** 31,
    3_000_000_000,
    1.5,
    Infinity,
    NaN,
    '1',
    null,
    true,
    [1],
  ])('refuses %p', value => {
    expect(version.safeParse(value).success).toBe(false);
  });

  it('never goes beyond the integer range, whatever the caller asks', () => {
    expect(
      boundedInt({ min: 0, max: 2 ** 40 }).safeParse(2 ** 31).success,
    ).toBe(false);
  });
});

describe('dates and timestamps', () => {
  it.each(['2026-11-23', '2024-02-29'])('accepts the date %p', date => {
    expect(isoDateSchema.safeParse(date).success).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2023-02-29',
    '2026-1-01',
    '20261123',
    '2026-11-23T00:00:00Z',
    '+02026-11-23',
    '2026-11-23\u0000',
    'yesterday',
  ])('refuses the date %p', date => {
    expect(isoDateSchema.safeParse(date).success).toBe(false);
  });

  it('accepts timestamps as toISOString writes them, at most 30 characters', () => {
    expect(isoTimestampSchema.safeParse(new Date().toISOString()).success).toBe(
      true,
    );
    expect(isoTimestampSchema.safeParse('2026-11-23T10:00:00Z').success).toBe(
      true,
    );
    for (const bad of [
      '2026-11-23T10:00:00.0000000000000Z',
      '2026-11-23 10:00:00',
      'now',
      '2026-11-23T10:00:00.000Z\u0000',
    ]) {
      expect(isoTimestampSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('process ids', () => {
  it('bounds the format and the length', () => {
    expect(processIdSchema.safeParse('change').success).toBe(true);
    expect(processIdSchema.safeParse('a'.repeat(64)).success).toBe(true);
    for (const bad of [
      'a'.repeat(65),
      'a'.repeat(300),
      'Change',
      '__proto__',
      'a\u0000',
    ]) {
      expect(processIdSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('path parameters', () => {
  it('takes ids this API hands out and well-formed unknown ones', () => {
    for (const id of ['6f1c1b7e-6a8e-4c0e-9a55-1b2f4f0f5e21', 'nope']) {
      expect(pathIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it.each([
    ['empty', ''],
    ['NUL', 'a\u0000'],
    ['a control character', 'a\u0001'],
    ['37 characters', 'a'.repeat(37)],
    ['300 characters', 'a'.repeat(300)],
    ['a space', 'a b'],
    ['a slash', 'a/b'],
    ['a letter outside ASCII', 'ü'],
  ])('refuses an id with %s', (_name, id) => {
    expect(pathIdSchema.safeParse(id).success).toBe(false);
  });

  it('reads version numbers written in plain decimal digits only', () => {
    expect(pathNumberSchema.parse('1')).toBe(1);
    expect(pathNumberSchema.parse('2147483647')).toBe(INTEGER_MAX);
    for (const bad of [
      '0',
      '0x1',
      '1e3',
      '-1',
      '+1',
      '01',
      '1.0',
      ' 1',
      '2147483648',
      '99999999999',
      'Infinity',
      'NaN',
      '',
    ]) {
      expect(pathNumberSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('tone findings per field', () => {
  it('keeps at most 50 findings per text, the first ones', () => {
    const text = 'poor '.repeat(1000);
    expect(checkTone(text)).toHaveLength(1000);
    const capped = checkTone(text, { limit: 50 });
    expect(capped).toEqual(checkTone(text).slice(0, 50));

    const findings = reviewToneFindings({
      strengths: [text, 'It never works.'],
      observations: [],
      suggestions: [{ technique: text, advice: 'fine' }],
      actions: [],
    });
    const perField = new Map<string, number>();
    for (const f of findings) {
      perField.set(f.field, (perField.get(f.field) ?? 0) + 1);
    }
    expect(Object.fromEntries(perField)).toEqual({
      'strengths.0': TONE_FINDINGS_PER_FIELD_MAX,
      'strengths.1': 1,
      'suggestions.0.technique': TONE_FINDINGS_PER_FIELD_MAX,
    });
  });
});
