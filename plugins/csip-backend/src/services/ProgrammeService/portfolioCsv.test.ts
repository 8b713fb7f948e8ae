import {
  BUILT_IN_MATURITY_MODEL,
  CAPABILITY_LEVELS,
  MaturityModel,
  ProgrammeSummary,
} from '@csip-coach/plugin-csip-common';
import { parse } from 'csv-parse/sync';
import { escapeCsvCell, portfolioCsv } from './portfolioCsv';

const model: MaturityModel = {
  levels: CAPABILITY_LEVELS.map(l => ({ ...l })),
  ratings: [],
  processes: BUILT_IN_MATURITY_MODEL,
};

const summary = (title: string): ProgrammeSummary => ({
  id: '6f1c1b7e-0000-4000-8000-000000000001',
  title,
  driver: 'operational',
  ownerRef: 'group:default/it-operations',
  phase: 'establish',
  archived: false,
  version: 1,
  updatedAt: '2026-11-23T10:00:00.000Z',
  status: {
    scopeStatus: 'draft',
    levels: [{ process: 'change', level: null, target: 3 }],
    score: -0,
    ready: false,
    blockers: 2,
    summitPercent: -5,
    summitCamp: 'start',
    sustainDueOn: null,
    sustainLapsed: false,
    levelDrops: [],
  },
  overdueActions: 0,
});

describe('escapeCsvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    [
      '=HYPERLINK("https://evil.example","x")',
      `'=HYPERLINK("https://evil.example","x")`,
    ],
  ])('prefixes %j with a single quote', (value, escaped) => {
    expect(escapeCsvCell(value)).toBe(escaped);
  });

  it.each(['Change CSIP', 'a=b', "'quoted", '', ' =leading space', '1-2'])(
    'leaves %j alone',
    value => {
      expect(escapeCsvCell(value)).toBe(value);
    },
  );

  it('leaves numbers and other values alone', () => {
    expect(escapeCsvCell(-5)).toBe(-5);
    expect(escapeCsvCell(0)).toBe(0);
    expect(escapeCsvCell(null)).toBe(null);
  });
});

describe('portfolioCsv', () => {
  it('escapes text cells that a spreadsheet would run as formulas', () => {
    const csv = portfolioCsv(
      [
        summary('=HYPERLINK("https://evil.example","Click")'),
        summary('@cmd'),
        summary('+SUM(1,2)'),
        summary('-2+3'),
        summary('Change CSIP'),
      ],
      model,
    );
    const rows: Record<string, string>[] = parse(csv, { columns: true });
    expect(rows.map(r => r.Title)).toEqual([
      `'=HYPERLINK("https://evil.example","Click")`,
      "'@cmd",
      "'+SUM(1,2)",
      "'-2+3",
      'Change CSIP',
    ]);
    // No cell of any row starts a formula; a leading minus is a figure.
    const cells = rows.flatMap(row => Object.values(row));
    expect(cells.filter(cell => /^[=+@\t\r]/.test(cell))).toEqual([]);
    expect(
      cells.filter(cell => cell.startsWith('-') && Number.isNaN(Number(cell))),
    ).toEqual([]);
    // Figures stay figures.
    expect(rows[0]['Summit progress %']).toBe('-5');
  });

  it('gives the owner as a ref and by name, the ref’s name when none is known', () => {
    const named = { ...summary('Named'), ownerRef: 'user:default/omar.ops' };
    const csv = portfolioCsv(
      [named, summary('Unnamed')],
      model,
      new Map([['user:default/omar.ops', 'Omar Haddad']]),
    );
    const rows: Record<string, string>[] = parse(csv, { columns: true });
    expect(Object.keys(rows[0]).slice(0, 4)).toEqual([
      'Id',
      'Title',
      'Owner',
      'Owner name',
    ]);
    expect(rows.map(r => [r.Owner, r['Owner name']])).toEqual([
      ['user:default/omar.ops', 'Omar Haddad'],
      ['group:default/it-operations', 'it-operations'],
    ]);
  });
});
