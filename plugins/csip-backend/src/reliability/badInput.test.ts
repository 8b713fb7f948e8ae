/*
 * Bad input over every mutating route, on SQLite and on PostgreSQL: the
 * real router, services and stores on a test database, one seeded
 * programme whose caller holds every role it needs. Each route starts from
 * a valid body (which must be accepted once, as a baseline), and each case
 * spoils one thing: a field (NUL and control characters, one character over
 * the column, 100,000 characters, integers beyond 2^31, floats, wrong
 * types, entity refs over 255 characters, bad dates and timestamps, unknown
 * process ids), the path (NUL, 300 characters, `0x1`, `1e3`, `-1`), the
 * content type, or the whole body. Every case must get its 4xx (400 naming
 * the field, 404 for a well-formed unknown id, 413, 415), never a 5xx; the
 * audit event may only carry validated values; and nothing may be written:
 * every csip_* table (row count and a hash of all rows) is the same after
 * the case as before it.
 *
 * A catalogue of fixed cases (about 1,700) runs first, then fast-check
 * generates CSIP_FUZZ_RUNS more per engine (2,000 by default; CSIP_FUZZ_SEED
 * replays a run). The figures go to e2e-test-report/bad-input-<engine>.json
 * at the repository root.
 */
import { mockCredentials, TestDatabaseId } from '@backstage/backend-test-utils';
import {
  FEEDBACK_BARRIER_IDS,
  KPI_ID_MAX_LENGTH,
} from '@csip-coach/plugin-csip-common';
import fc from 'fast-check';
import { Knex } from 'knex';
import { createHash } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import {
  engineName,
  mutatingRoutes,
  writeReport,
} from './__testUtils__/reliabilityHelpers';

jest.setTimeout(300_000);

const databases = createTestDatabases();

/** Generated cases per engine and run, on top of the fixed catalogue. */
const RUNS = Math.max(1, Number(process.env.CSIP_FUZZ_RUNS) || 2000);
const SEED = process.env.CSIP_FUZZ_SEED
  ? Number(process.env.CSIP_FUZZ_SEED)
  : undefined;

/** The caller: creator (lead) of the seeded programme, also its coach, sponsor and member. */
const FUZZER = 'user:default/fuzz.lead';
const AUTH = mockCredentials.user.header(FUZZER);
const OWNER = 'group:default/it-operations';

const INT_MAX = 2 ** 31 - 1;
const PROCESS_ID_MAX = 64;
/** Characters a text field must refuse (tab, LF and CR are fine). */
const CONTROLS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u000E',
  '\u001B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
  // Lone surrogates: not valid Unicode, so not text either.
  '\uD800',
  '\uDFFF',
];
/** The ones a URL can carry (a lone surrogate cannot be percent-encoded). */
const PATH_CONTROLS = CONTROLS.filter(c => !/[\uD800-\uDFFF]/.test(c));
const ENTITY_REF = /^([a-z0-9-]+):([a-z0-9._-]+)\/([a-z0-9._-]+)$/i;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

// ---------------------------------------------------------------------------
// Fields and how to spoil them

type Field =
  | { path: string; kind: 'text'; max: number; nullable?: boolean }
  | { path: string; kind: 'ref'; nullable?: boolean }
  | { path: string; kind: 'int'; min: number; max: number }
  | { path: string; kind: 'number'; min: number; max: number }
  | { path: string; kind: 'date' }
  | { path: string; kind: 'timestamp' }
  | { path: string; kind: 'enum'; values: string[] }
  | { path: string; kind: 'bool' }
  /** `known`: the route checks the id against the maturity model. */
  | { path: string; kind: 'processId'; known?: boolean }
  /** A review key (`review-1`) or template key (`metrics-kept`). */
  | { path: string; kind: 'key'; max: number }
  /** An array that may hold at most `max` entries. */
  | { path: string; kind: 'array'; max: number }
  /** The keys of a skills record (process ids). */
  | { path: string; kind: 'processKeys'; known?: boolean }
  /**
   * Values of the right type that the route must still refuse (400 naming
   * the field): an empty list, a name the schema reserves, an id the
   * service does not know, a day that has passed.
   */
  | { path: string; kind: 'refused'; values: unknown[] };

const text = (path: string, max: number, nullable = false): Field => ({
  path,
  kind: 'text',
  max,
  nullable,
});
const ref = (path: string, nullable = false): Field => ({
  path,
  kind: 'ref',
  nullable,
});
const int = (path: string, min: number, max = INT_MAX): Field => ({
  path,
  kind: 'int',
  min,
  max,
});
const num = (path: string, min: number, max: number): Field => ({
  path,
  kind: 'number',
  min,
  max,
});
const date = (path: string): Field => ({ path, kind: 'date' });
const timestamp = (path: string): Field => ({ path, kind: 'timestamp' });
const oneOf = (path: string, values: string[]): Field => ({
  path,
  kind: 'enum',
  values,
});
const bool = (path: string): Field => ({ path, kind: 'bool' });
const processId = (path: string, known = false): Field => ({
  path,
  kind: 'processId',
  known,
});
const key = (path: string, max: number): Field => ({ path, kind: 'key', max });
const array = (path: string, max: number): Field => ({
  path,
  kind: 'array',
  max,
});
const refuse = (path: string, values: unknown[]): Field => ({
  path,
  kind: 'refused',
  values,
});
/** How a refused value is named in a case's label. */
const refusedLabel = (value: unknown) =>
  `refused ${JSON.stringify(value).slice(0, 40)}`;

/** A value with a control character inside (trimming cannot remove it). */
const withControl = (value: string, control = '\u0000') =>
  `${value.slice(0, 1)}${control}${value.slice(1) || 'x'}`;
/** A well-formed user ref of exactly `length` characters. */
const longRef = (length: number) =>
  `user:default/${'a'.repeat(length - 'user:default/'.length)}`;

/**
 * A bad value of a field, with a name. `semantic`: the schema lets it through
 * and the service refuses it (an unknown process), so the answer depends on
 * the route working at all.
 */
type Spoiler = { label: string; value: unknown; semantic?: boolean };

/** The fixed bad values of a field, for the catalogue. */
function catalogueValues(field: Field, valid: unknown): Spoiler[] {
  const wrongTypes = (nullable = false): Spoiler[] => [
    { label: 'a number', value: 42 },
    { label: 'an array', value: ['x'] },
    ...(nullable ? [] : [{ label: 'null', value: null }]),
  ];
  switch (field.kind) {
    case 'text':
      return [
        { label: 'NUL', value: withControl('text') },
        { label: 'ESC', value: withControl('text', '\u001B') },
        { label: `${field.max + 1} chars`, value: 'x'.repeat(field.max + 1) },
        { label: '100k chars', value: 'x'.repeat(100_000) },
        ...wrongTypes(field.nullable),
      ];
    case 'ref':
      return [
        { label: 'NUL', value: withControl(FUZZER) },
        { label: '256 chars', value: longRef(256) },
        { label: '100k chars', value: longRef(100_000) },
        { label: 'not a ref', value: 'jane' },
        ...wrongTypes(field.nullable),
      ];
    case 'int':
      return [
        { label: '2^31', value: 2 ** 31 },
        { label: '3e9', value: 3_000_000_000 },
        { label: '1e300', value: 1e300 },
        ...(field.max < INT_MAX
          ? [{ label: 'max + 1', value: field.max + 1 }]
          : []),
        { label: 'min - 1', value: field.min - 1 },
        { label: 'a float', value: field.min + 0.5 },
        { label: 'a numeric string', value: String(field.min) },
        { label: 'null', value: null },
        { label: 'true', value: true },
      ];
    case 'number':
      return [
        { label: 'above max', value: field.max * 10 + 1 },
        { label: 'below min', value: field.min - 1 },
        { label: 'a numeric string', value: String(field.min) },
        { label: 'null', value: null },
      ];
    case 'date':
      return [
        { label: 'no such day', value: '2026-02-30' },
        { label: 'unpadded', value: '2026-1-01' },
        { label: 'a timestamp', value: '2026-11-23T00:00:00Z' },
        { label: 'NUL', value: '2026-11-23\u0000' },
        { label: '100k chars', value: '2'.repeat(100_000) },
        { label: 'a number', value: 20261123 },
      ];
    case 'timestamp':
      return [
        { label: '31 chars', value: '2026-11-23T10:00:00.0000000000Z' },
        { label: '100k chars', value: '2'.repeat(100_000) },
        { label: 'a date', value: '2026-11-23' },
        { label: 'NUL', value: '2026-11-23T10:00:00.000Z\u0000' },
        { label: 'a number', value: 1763892000000 },
      ];
    case 'enum':
      return [
        { label: 'unknown', value: 'zzz' },
        { label: 'NUL', value: `${field.values[0]}\u0000` },
        ...field.values
          .map(v => (v.toUpperCase() === v ? v.toLowerCase() : v.toUpperCase()))
          .filter(v => !field.values.includes(v))
          .slice(0, 1)
          .map(v => ({ label: 'other case', value: v })),
        { label: 'a number', value: 42 },
        { label: 'null', value: null },
      ];
    case 'bool':
      return [
        { label: "'true'", value: 'true' },
        { label: '1', value: 1 },
        { label: 'null', value: null },
      ];
    case 'processId':
      return [
        { label: `${PROCESS_ID_MAX + 1} chars`, value: 'a'.repeat(65) },
        { label: '101 chars', value: 'a'.repeat(101) },
        { label: '300 chars', value: 'a'.repeat(300) },
        { label: 'upper case', value: 'Change' },
        { label: 'NUL', value: 'chan\u0000ge' },
        { label: 'a number', value: 42 },
        ...(field.known
          ? [
              { label: 'unknown process', value: 'zzz', semantic: true },
              { label: "'constructor'", value: 'constructor', semantic: true },
            ]
          : []),
      ];
    case 'key':
      return [
        {
          label: `${field.max + 1} chars`,
          value: `review-${'1'.repeat(field.max)}`,
        },
        { label: 'with a space', value: 'review 1' },
        { label: 'NUL', value: 'review-1\u0000' },
      ];
    case 'array':
      return [
        {
          label: `${field.max + 1} entries`,
          value: Array.from({ length: field.max + 1 }, () =>
            Array.isArray(valid) ? valid[0] : valid,
          ),
        },
      ];
    case 'refused':
      // Semantic: some are the service's to judge, after the schema.
      return field.values.map(value => ({
        label: refusedLabel(value),
        value,
        semantic: true,
      }));
    case 'processKeys': {
      const proficiency = 'proficient';
      return [
        { label: '300-char key', value: { ['a'.repeat(300)]: proficiency } },
        { label: 'upper-case key', value: { Change: proficiency } },
        { label: 'NUL key', value: { 'chan\u0000ge': proficiency } },
        ...(field.known
          ? [
              {
                label: 'unknown process',
                value: { zzz: proficiency },
                semantic: true,
              },
            ]
          : []),
      ];
    }
    default:
      throw new Error('unreachable');
  }
}

/** Generated bad values of a field, for fast-check. */
function arbitraryValue(field: Field, valid: unknown): fc.Arbitrary<Spoiler> {
  const named = (label: string) => (value: unknown) => ({ label, value });
  const inside = (base: string) =>
    fc
      .tuple(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...CONTROLS),
        fc.string({ maxLength: 20 }),
      )
      .map(([a, c, b]) => named('control char')(`${base}${a}${c}${b}x`));
  const wrongType = (nullable = false) =>
    fc
      .oneof(
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.array(fc.string(), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), {
          maxKeys: 3,
        }),
        ...(nullable ? [] : [fc.constant(null)]),
      )
      .map(named('wrong type'));
  const tooLong = (max: number, make: (n: number) => string) =>
    fc
      .oneof(
        fc.integer({ min: max + 1, max: max + 2000 }),
        fc.constant(100_000),
      )
      .map(n => named(`${n} chars`)(make(n)));
  const notMatching = (re: RegExp) =>
    fc
      .string({ maxLength: 40, unit: 'binary-ascii' })
      .filter(s => !re.test(s.trim()))
      .map(named('malformed'));
  switch (field.kind) {
    case 'text':
      return fc.oneof(
        inside('t'),
        tooLong(field.max, n => 'y'.repeat(n)),
        wrongType(field.nullable),
      );
    case 'ref':
      return fc.oneof(
        inside('user:default/a'),
        tooLong(255, longRef),
        notMatching(ENTITY_REF),
        wrongType(field.nullable),
      );
    case 'int':
      return fc.oneof(
        fc
          .integer({
            min: Math.max(field.max + 1, 0),
            max: Number.MAX_SAFE_INTEGER,
          })
          .map(named('above max')),
        fc
          .integer({ min: Number.MIN_SAFE_INTEGER, max: field.min - 1 })
          .map(named('below min')),
        fc
          .double({ min: field.min, max: field.max, noNaN: true })
          .filter(d => !Number.isInteger(d))
          .map(named('a float')),
        fc.constantFrom(2 ** 31, 2 ** 53, 1e300, -1e300).map(named('huge')),
        fc
          .integer({ min: field.min, max: field.max })
          .map(n => named('a string')(String(n))),
        fc
          .oneof(
            fc.boolean(),
            fc.constant(null),
            fc.array(fc.integer(), { maxLength: 2 }),
            fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), {
              maxKeys: 2,
            }),
          )
          .map(named('not a number')),
      );
    case 'number':
      return fc.oneof(
        fc
          .double({ min: field.max + 1, max: 1e300, noNaN: true })
          .map(named('above max')),
        fc
          .double({ min: -1e300, max: field.min - 0.001, noNaN: true })
          .map(named('below min')),
        fc.constantFrom('1', '0', null, true).map(named('wrong type')),
      );
    case 'date':
      return fc.oneof(
        notMatching(DATE),
        fc
          .tuple(
            fc.integer({ min: 1000, max: 9999 }),
            fc.integer({ min: 1, max: 12 }),
          )
          .map(([y, m]) =>
            named('no such day')(`${y}-${String(m).padStart(2, '0')}-32`),
          ),
        fc
          .date({ noInvalidDate: true })
          .map(d => named('a timestamp')(d.toISOString())),
        inside('2026-11-2'),
        tooLong(10, n => '2'.repeat(n)),
        wrongType(),
      );
    case 'timestamp':
      return fc.oneof(
        fc
          .integer({ min: 10, max: 200 })
          .map(n =>
            named('too precise')(`2026-11-23T10:00:00.${'0'.repeat(n)}Z`),
          ),
        notMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
        inside('2026-11-23T10:00:00.000Z'),
        wrongType(),
      );
    case 'enum':
      return fc.oneof(
        fc
          .string()
          .filter(s => !field.values.includes(s))
          .map(named('unknown')),
        fc.constantFrom(...field.values).chain(v => inside(v)),
        wrongType(),
      );
    case 'bool':
      return fc.oneof(
        fc
          .constantFrom('true', 'false', 1, 0, null, 'yes', [])
          .map(named('not a boolean')),
      );
    case 'processId':
      return fc.oneof(
        tooLong(PROCESS_ID_MAX, n => 'a'.repeat(n)),
        notMatching(/^[a-z][a-z0-9-]*$/),
        inside('chan'),
        wrongType(),
        ...(field.known
          ? [
              fc
                .constantFrom(
                  'zzz',
                  'constructor',
                  'prototype',
                  'valueof',
                  'incident',
                )
                .map(v => ({
                  label: 'unknown process',
                  value: v,
                  semantic: true,
                })),
            ]
          : []),
      );
    case 'key':
      return fc.oneof(
        tooLong(field.max, n => `review-${'1'.repeat(n)}`),
        notMatching(/^(review-\d+|[a-z0-9][a-z0-9.-]*)$/),
        inside('review-1'),
      );
    case 'array':
      return fc
        .integer({ min: field.max + 1, max: field.max + 30 })
        .map(n =>
          named(`${n} entries`)(
            Array.from({ length: n }, () =>
              Array.isArray(valid) ? valid[0] : valid,
            ),
          ),
        );
    case 'processKeys':
      return arbitraryValue(
        { path: field.path, kind: 'processId', known: field.known },
        'change',
      )
        .filter(s => typeof s.value === 'string')
        .map(s => ({ ...s, value: { [s.value as string]: 'proficient' } }));
    case 'refused':
      return fc.constantFrom(...field.values).map(value => ({
        label: refusedLabel(value),
        value,
        semantic: true,
      }));
    default:
      throw new Error('unreachable');
  }
}

// ---------------------------------------------------------------------------
// Bodies: read and write a dotted path such as `members.0.userRef`

function getPath(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], value);
}

function withPath(body: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let at = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) {
    if (at[k] === undefined || at[k] === null) at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]] = value;
  return copy;
}

// ---------------------------------------------------------------------------
// The routes

type Method = 'POST' | 'PATCH' | 'PUT';

/** What the seeding left to aim at; versions as they stand after the baselines. */
type Seeded = {
  programmeId: string;
  programmeVersion: number;
  members: Array<{ userRef: string; role: string }>;
  scopeNumber: number;
  /** A draft (PATCH and publish aim here; nothing bad changes it). */
  draftId: string;
  draftVersion: number;
  /** A published review that is not amended yet. */
  publishedId: string;
  actionId: string;
  actionVersion: number;
  itemId: string;
  itemVersion: number;
  skillsVersion: number;
  /** A follow-up whose outcome the baseline records. */
  followUpId: string;
  /** A feedback round the caller has answered (bad answers aim here too). */
  roundId: string;
  archive: Record<string, unknown>;
};

type Route = {
  method: Method;
  /** As the router declares it, e.g. `/programmes/:id/phase`. */
  pattern: string;
  /** The concrete path of the seeded target. */
  path(s: Seeded): string;
  /** A valid body for the seeded target; bad cases spoil one thing of it. */
  body(s: Seeded): unknown;
  fields: Field[];
  /** Bodies bad as a whole although each field is fine, and the field to name. */
  conflicts?: Array<{
    label: string;
    spoil(body: any): unknown;
    field: string;
  }>;
};

const ANSWERS = {
  experience: 2,
  capacity: 3,
  ownership: 4,
  openness: 4,
  urgency: 3,
  budget: 2,
  retainKnowhow: 5,
  riskTolerance: 3,
};
const answerFields = (prefix: string) =>
  Object.keys(ANSWERS).map(k => int(`${prefix}.${k}`, 1, 5));

const PROGRAMME = {
  title: 'Fuzz CSIP',
  vision: 'Changes that land safely',
  driver: 'operational',
  businessDrivers: [{ text: 'Failed changes', visibility: 'obvious' }],
  ownerRef: OWNER,
  members: [
    { userRef: FUZZER, role: 'coach' },
    { userRef: FUZZER, role: 'sponsor' },
    { userRef: FUZZER, role: 'member' },
  ],
};
const programmeFields = [
  text('title', 200),
  text('vision', 4000),
  oneOf('driver', ['strategic', 'operational']),
  array('businessDrivers', 50),
  text('businessDrivers.0.text', 500),
  oneOf('businessDrivers.0.visibility', ['obvious', 'hidden']),
  ref('ownerRef'),
  array('members', 200),
  ref('members.0.userRef'),
  oneOf('members.0.role', ['sponsor', 'coach', 'lead', 'member']),
];

const SCOPE = {
  processes: [
    {
      process: 'change',
      baselineLevel: 1,
      targetLevel: 3,
      targetDate: '2027-06-30',
    },
  ],
  objectives: ['Halve failed changes'],
  outOfScope: ['Incident management'],
  milestones: [{ title: 'Baseline review', date: '2027-01-31' }],
  resources: { coachDays: 10, budget: 20000, notes: 'Two days a fortnight' },
  assumptions: ['The CAB meets weekly'],
  approvers: [FUZZER],
  kpis: [
    {
      objective: 'Halve failed changes',
      name: 'Failed changes',
      unit: '%',
      baseline: 12,
      target: 6,
      direction: 'down',
    },
  ],
};

const REVIEW = {
  process: 'change',
  date: '2026-11-20',
  ledBy: 'co-led',
  participants: ['Priya Nair'],
  evidence: ['interview'],
  ratings: [{ criterionId: 'change-1-1', coach: 'F', team: 'L' }],
  strengths: ['Every change has a record.'],
  observations: ['The team never tests back-out plans.'],
  suggestions: [{ technique: 'Change models', advice: 'Start with two.' }],
  actions: [
    {
      description: 'Test one back-out plan a month',
      owner: FUZZER,
      measure: 'Test log on the wiki',
      dueDate: '2027-01-15',
    },
  ],
};
const reviewContentFields = [
  date('date'),
  oneOf('ledBy', ['coach', 'co-led', 'team']),
  array('participants', 50),
  text('participants.0', 200),
  oneOf('evidence.0', [
    'interview',
    'observation',
    'document',
    'metrics',
    'team-session',
  ]),
  array('ratings', 200),
  text('ratings.0.criterionId', 100),
  oneOf('ratings.0.coach', ['N', 'P', 'L', 'F']),
  oneOf('ratings.0.team', ['N', 'P', 'L', 'F']),
  array('strengths', 50),
  text('strengths.0', 4000),
  text('observations.0', 4000),
  text('suggestions.0.technique', 4000),
  text('suggestions.0.advice', 4000),
  array('actions', 50),
  text('actions.0.description', 4000),
  ref('actions.0.owner'),
  text('actions.0.measure', 4000),
  date('actions.0.dueDate'),
];

const ACTION = {
  description: 'Name a release manager',
  owner: FUZZER,
  measure: 'Named in the RACI',
  dueDate: '2027-02-01',
};
const actionFields = [
  text('description', 4000),
  ref('owner'),
  text('measure', 4000),
  date('dueDate'),
];

const MOMENT = {
  process: 'change',
  kind: 'in-the-work',
  context: { kind: 'change', ref: 'CHG0031245', title: 'Database patch' },
  observation: 'The backout plan was written during the change.',
  question: 'Where would the backout plan be easiest to write?',
  answer: 'At the request, with the risk checklist.',
  commitment: {
    text: 'Add a backout field to the change form',
    owner: FUZZER,
    followUpOn: '2027-01-15',
  },
};

const SELF_ASSESSMENT = {
  process: 'change',
  ratings: [{ criterionId: 'change-1-1', rating: 'L' }],
  anonymous: false,
};

const FEEDBACK_ROUND = {
  title: 'Partners, winter round',
  closesOn: '2099-12-31',
  organisations: ['Acme Hosting', 'Globex Networks'],
};

const FEEDBACK_RESPONSE = {
  organisation: 'Acme Hosting',
  anonymous: false,
  barriers: [
    {
      barrier: 'mistrust',
      severity: 2,
      comment: 'Every change is checked twice',
    },
  ],
};

const BARRIERS = [...FEEDBACK_BARRIER_IDS];

/** A list of the first entry of `list` and then `again` (a repeat of it). */
const twice = (list: unknown[], again: unknown) => [list[0], again];

const ROUTES: Route[] = [
  {
    method: 'POST',
    pattern: '/programmes',
    path: () => '/programmes',
    body: () => PROGRAMME,
    fields: programmeFields,
  },
  {
    method: 'PATCH',
    pattern: '/programmes/:id',
    path: s => `/programmes/${s.programmeId}`,
    body: s => ({
      version: s.programmeVersion,
      title: 'Fuzz CSIP, renamed',
      vision: 'Changes that land safely, first time',
      driver: 'strategic',
      businessDrivers: PROGRAMME.businessDrivers,
      ownerRef: OWNER,
      members: s.members,
    }),
    fields: [...programmeFields, int('version', 1), bool('archived')],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/phase',
    path: s => `/programmes/${s.programmeId}/phase`,
    body: () => ({ to: 'implement', reason: 'The gates are met' }),
    fields: [
      oneOf('to', ['establish', 'implement', 'review', 'handover', 'sustain']),
      text('reason', 2000),
    ],
  },
  {
    method: 'POST',
    pattern: '/approach/recommendation',
    path: () => '/approach/recommendation',
    body: () => ({ answers: ANSWERS }),
    fields: answerFields('answers'),
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/approach/decisions',
    path: s => `/programmes/${s.programmeId}/approach/decisions`,
    body: () => ({
      approach: 'diy-with-coaching',
      rationale: 'Keep the know-how in house',
      revisitOn: '2027-03-31',
      answers: ANSWERS,
    }),
    fields: [
      oneOf('approach', ['done-to-you', 'diy', 'diy-with-coaching']),
      text('rationale', 4000),
      date('revisitOn'),
      ...answerFields('answers'),
    ],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/scope/versions',
    path: s => `/programmes/${s.programmeId}/scope/versions`,
    body: () => SCOPE,
    fields: [
      array('processes', 50),
      processId('processes.0.process', true),
      int('processes.0.baselineLevel', 0, 5),
      int('processes.0.targetLevel', 0, 5),
      date('processes.0.targetDate'),
      array('objectives', 50),
      text('objectives.0', 1000),
      text('outOfScope.0', 1000),
      text('milestones.0.title', 1000),
      date('milestones.0.date'),
      num('resources.coachDays', 0, 10000),
      num('resources.budget', 0, 1e12),
      text('resources.notes', 4000),
      text('assumptions.0', 1000),
      array('approvers', 50),
      ref('approvers.0'),
      array('kpis', 50),
      text('kpis.0.objective', 1000),
      text('kpis.0.name', 200),
      text('kpis.0.unit', 40),
      num('kpis.0.baseline', -1e12, 1e12),
      num('kpis.0.target', -1e12, 1e12),
      oneOf('kpis.0.direction', ['up', 'down']),
    ],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/kpis/:kpiId/readings',
    path: s => `/programmes/${s.programmeId}/kpis/failed-changes/readings`,
    body: () => ({ on: '2026-11-30', value: 9.5 }),
    fields: [date('on'), num('value', -1e12, 1e12)],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/close',
    path: s => `/programmes/${s.programmeId}/close`,
    body: () => ({
      verdict: 'partly-successful',
      outcome: 'Failed changes fell by a third',
      lessons: 'Test back-out plans from the start',
    }),
    fields: [
      oneOf('verdict', ['successful', 'partly-successful', 'withdrawn']),
      text('outcome', 4000),
      text('lessons', 4000),
    ],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/scope/versions/:number/agreements',
    path: s =>
      `/programmes/${s.programmeId}/scope/versions/${s.scopeNumber}/agreements`,
    body: () => ({ decision: 'agree', comment: 'Looks right' }),
    fields: [oneOf('decision', ['agree', 'decline']), text('comment', 4000)],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/reviews',
    path: s => `/programmes/${s.programmeId}/reviews`,
    body: () => REVIEW,
    fields: [processId('process', true), ...reviewContentFields],
  },
  {
    method: 'PATCH',
    pattern: '/reviews/:id',
    path: s => `/reviews/${s.draftId}`,
    body: s => {
      const { process: _process, ...content } = REVIEW;
      return { ...content, version: s.draftVersion };
    },
    fields: [int('version', 1), ...reviewContentFields],
  },
  {
    method: 'POST',
    pattern: '/reviews/:id/publish',
    path: s => `/reviews/${s.draftId}/publish`,
    body: s => ({ acknowledgeTone: true, version: s.draftVersion }),
    fields: [bool('acknowledgeTone'), int('version', 1)],
  },
  {
    method: 'POST',
    pattern: '/reviews/:id/amendments',
    path: s => `/reviews/${s.publishedId}/amendments`,
    body: () => ({
      ...REVIEW,
      ledBy: 'team',
      reason: 'Led by the team, not co-led',
      acknowledgeTone: true,
    }),
    fields: [
      processId('process', true),
      ...reviewContentFields,
      text('reason', 4000),
      bool('acknowledgeTone'),
    ],
  },
  {
    method: 'POST',
    pattern: '/tone/check',
    path: () => '/tone/check',
    body: () => ({ text: 'The team never tests back-out plans.' }),
    fields: [text('text', 20000)],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/actions',
    path: s => `/programmes/${s.programmeId}/actions`,
    body: () => ACTION,
    fields: actionFields,
  },
  {
    method: 'PATCH',
    pattern: '/actions/:id',
    path: s => `/actions/${s.actionId}`,
    body: s => ({ ...ACTION, status: 'in-progress', version: s.actionVersion }),
    fields: [
      ...actionFields,
      oneOf('status', ['open', 'in-progress', 'done', 'dropped']),
      int('version', 1),
    ],
  },
  {
    method: 'PATCH',
    pattern: '/handover/items/:id',
    path: s => `/handover/items/${s.itemId}`,
    body: s => ({
      status: 'in-progress',
      evidence: 'Minutes of the change board',
      owner: FUZZER,
      version: s.itemVersion,
    }),
    fields: [
      oneOf('status', [
        'not-started',
        'in-progress',
        'demonstrated',
        'verified',
      ]),
      text('evidence', 4000),
      ref('owner', true),
      int('version', 1),
    ],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/handover/items',
    path: s => `/programmes/${s.programmeId}/handover/items`,
    body: () => ({
      title: 'Runbook for emergency changes',
      description: 'Owned and kept by the team',
      category: 'documentation',
      process: 'change',
      weight: 2,
      critical: true,
      owner: FUZZER,
    }),
    fields: [
      text('title', 300),
      text('description', 2000),
      oneOf('category', [
        'ownership',
        'documentation',
        'skills',
        'measurement',
        'governance',
        'continuity',
      ]),
      processId('process', true),
      int('weight', 1, 10),
      bool('critical'),
      ref('owner'),
    ],
  },
  {
    method: 'PUT',
    pattern: '/programmes/:id/skills',
    path: s => `/programmes/${s.programmeId}/skills`,
    body: s => ({
      people: [{ userRef: FUZZER, skills: { change: 'proficient' } }],
      version: s.skillsVersion,
    }),
    fields: [
      array('people', 200),
      ref('people.0.userRef'),
      { path: 'people.0.skills', kind: 'processKeys', known: true },
      oneOf('people.0.skills.change', [
        'novice',
        'developing',
        'proficient',
        'expert',
      ]),
      int('version', 0),
    ],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/moments',
    path: s => `/programmes/${s.programmeId}/moments`,
    body: () => MOMENT,
    fields: [
      processId('process', true),
      oneOf('kind', ['in-the-work', 'scheduled']),
      oneOf('context.kind', [
        'change',
        'release',
        'configuration-item',
        'cab-meeting',
        'incident',
        'other',
      ]),
      text('context.ref', 255),
      text('context.title', 200),
      text('observation', 4000),
      text('question', 1000),
      text('answer', 4000),
      text('commitment.text', 1000),
      ref('commitment.owner'),
      date('commitment.followUpOn'),
    ],
  },
  {
    method: 'POST',
    pattern: '/follow-ups/:id/outcome',
    path: s => `/follow-ups/${s.followUpId}/outcome`,
    body: () => ({ outcome: 'kept', note: 'Tried on three changes' }),
    fields: [
      oneOf('outcome', ['kept', 'partly', 'not-yet']),
      text('note', 2000),
    ],
  },
  {
    method: 'POST',
    pattern: '/reviews/:id/suggestions/:index/response',
    path: s => `/reviews/${s.publishedId}/suggestions/0/response`,
    body: () => ({ response: 'adopt', reason: 'It fits how we work' }),
    fields: [
      oneOf('response', ['adopt', 'defer', 'decline']),
      text('reason', 2000),
      text('outcome', 2000),
      int('seen', 0, 1000),
    ],
  },
  {
    method: 'POST',
    pattern: '/reviews/:id/comments',
    path: s => `/reviews/${s.publishedId}/comments`,
    body: () => ({ text: 'The team led most of it.' }),
    fields: [text('text', 4000)],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/self-assessments',
    path: s => `/programmes/${s.programmeId}/self-assessments`,
    body: () => SELF_ASSESSMENT,
    fields: [
      processId('process', true),
      array('ratings', 100),
      refuse('ratings', [[]]),
      text('ratings.0.criterionId', 100),
      refuse('ratings.0.criterionId', [
        'change-9-9',
        'release-1-1',
        'Change-1-1',
      ]),
      oneOf('ratings.0.rating', ['N', 'P', 'L', 'F', 'NA']),
      bool('anonymous'),
    ],
    conflicts: [
      {
        label: 'a criterion rated twice',
        spoil: b => ({
          ...b,
          ratings: twice(b.ratings, { ...b.ratings[0], rating: 'F' }),
        }),
        field: 'ratings.1.criterionId',
      },
    ],
  },
  {
    method: 'POST',
    pattern: '/programmes/:id/feedback-rounds',
    path: s => `/programmes/${s.programmeId}/feedback-rounds`,
    body: () => FEEDBACK_ROUND,
    fields: [
      text('title', 200),
      date('closesOn'),
      refuse('closesOn', ['2020-01-01']),
      array('organisations', 10),
      refuse('organisations', [[]]),
      text('organisations.0', 100),
      refuse('organisations.0', ['other', 'OTHER', '']),
    ],
    conflicts: [
      {
        label: 'an organisation twice (other case)',
        spoil: b => ({
          ...b,
          organisations: twice(b.organisations, 'ACME HOSTING'),
        }),
        field: 'organisations.1',
      },
    ],
  },
  {
    method: 'POST',
    pattern: '/feedback-rounds/:id/responses',
    path: s => `/feedback-rounds/${s.roundId}/responses`,
    body: () => FEEDBACK_RESPONSE,
    fields: [
      text('organisation', 100),
      refuse('organisation', ['Initech', 'other', '']),
      bool('anonymous'),
      array('barriers', 12),
      refuse('barriers', [[]]),
      oneOf('barriers.0.barrier', BARRIERS),
      int('barriers.0.severity', 0, 3),
      text('barriers.0.comment', 2000),
      refuse('barriers.0.comment', ['']),
    ],
    conflicts: [
      {
        label: 'a barrier rated twice',
        spoil: b => ({
          ...b,
          barriers: twice(b.barriers, { barrier: 'mistrust', severity: 0 }),
        }),
        field: 'barriers.1.barrier',
      },
    ],
  },
  {
    method: 'POST',
    pattern: '/feedback-rounds/:id/actions',
    path: s => `/feedback-rounds/${s.roundId}/actions`,
    body: () => ({ ...ACTION, barrier: 'silo-mentality' }),
    fields: [...actionFields, oneOf('barrier', BARRIERS)],
  },
  {
    method: 'PUT',
    pattern: '/me/reminders',
    path: () => '/me/reminders',
    body: () => ({ delivery: 'weekly-digest' }),
    fields: [oneOf('delivery', ['each', 'weekly-digest'])],
  },
  {
    method: 'POST',
    pattern: '/import',
    path: () => '/import',
    body: s => s.archive,
    fields: [
      timestamp('exportedAt'),
      text('exportedBy', 255),
      text('programme.title', 200),
      text('programme.vision', 4000),
      ref('programme.ownerRef'),
      ref('programme.members.0.userRef'),
      text('programme.businessDrivers.0.text', 500),
      oneOf('programme.phase', [
        'establish',
        'implement',
        'review',
        'handover',
        'sustain',
      ]),
      text('programme.createdBy', 255),
      timestamp('programme.createdAt'),
      timestamp('programme.updatedAt'),
      text('phaseHistory.0.reason', 2000),
      text('phaseHistory.0.movedBy', 255),
      timestamp('phaseHistory.0.movedAt'),
      text('decisions.0.rationale', 4000),
      date('decisions.0.revisitOn'),
      int('decisions.0.answers.budget', 1, 5),
      text('decisions.0.decidedBy', 255),
      timestamp('decisions.0.decidedAt'),
      int('scopeVersions.0.number', 1),
      processId('scopeVersions.0.scope.processes.0.process'),
      text('scopeVersions.0.scope.objectives.0', 1000),
      timestamp('scopeVersions.0.publishedAt'),
      text('scopeVersions.0.agreements.0.userRef', 255),
      text('scopeVersions.0.agreements.0.comment', 4000),
      timestamp('scopeVersions.0.agreements.0.at'),
      key('reviews.1.key', 20),
      processId('reviews.1.process'),
      text('reviews.1.author', 255),
      text('reviews.1.strengths.0', 4000),
      int('reviews.1.level', 0, 5),
      text('reviews.1.toneFindings.0.phrase', 4000),
      int('reviews.1.toneFindings.0.start', 0),
      timestamp('reviews.1.createdAt'),
      timestamp('reviews.1.publishedAt'),
      text('reviews.2.amendmentReason', 4000),
      text('actions.0.description', 4000),
      text('actions.0.owner', 255),
      date('actions.0.dueDate'),
      processId('actions.0.source.process'),
      key('handover.items.0.templateKey', 100),
      text('handover.items.0.title', 300),
      text('handover.items.0.description', 4000),
      processId('handover.items.0.process'),
      int('handover.items.0.weight', 1, 10),
      text('handover.items.0.evidence', 4000),
      timestamp('handover.items.0.updatedAt'),
      text('handover.skills.people.0.userRef', 255),
      timestamp('handover.skills.updatedAt'),
      processId('selfAssessments.0.process'),
      timestamp('selfAssessments.0.roundStart'),
      text('selfAssessments.0.respondent', 255),
      text('selfAssessments.0.ratings.0.criterionId', 100),
      oneOf('selfAssessments.0.ratings.0.rating', ['N', 'P', 'L', 'F', 'NA']),
      timestamp('selfAssessments.0.answeredAt'),
      array('selfAssessments.0.ratings', 100),
      key('feedback.rounds.0.key', 20),
      text('feedback.rounds.0.title', 200),
      date('feedback.rounds.0.closesOn'),
      text('feedback.rounds.0.organisations.0', 100),
      refuse('feedback.rounds.0.organisations.0', ['other']),
      text('feedback.rounds.0.createdBy', 255),
      timestamp('feedback.rounds.0.createdAt'),
      text('feedback.rounds.0.responses.0.organisation', 100),
      refuse('feedback.rounds.0.responses.0.organisation', ['Initech']),
      oneOf('feedback.rounds.0.responses.0.barriers.0.barrier', BARRIERS),
      int('feedback.rounds.0.responses.0.barriers.0.severity', 0, 3),
      text('feedback.rounds.0.responses.0.barriers.0.comment', 2000),
      text('feedback.rounds.0.responses.0.respondedBy', 255),
      date('outcomes.readings.0.on'),
      num('outcomes.readings.0.value', -1e12, 1e12),
      text('outcomes.readings.0.recordedBy', 255),
      oneOf('outcomes.closure.verdict', [
        'successful',
        'partly-successful',
        'withdrawn',
      ]),
      text('outcomes.closure.outcome', 4000),
      text('outcomes.closure.lessons', 4000),
    ],
  },
];

/** What makes an import bad as a whole although each field is fine. */
const IMPORT_CONFLICTS: Array<{
  label: string;
  spoil(archive: any): { body: unknown; field: string };
}> = [
  {
    label: 'a scope version number twice',
    spoil: a => ({
      body: { ...a, scopeVersions: [a.scopeVersions[0], a.scopeVersions[0]] },
      field: 'scopeVersions.1.number',
    }),
  },
  {
    label: 'a template item twice',
    spoil: a => {
      const item = a.handover.items.find((i: any) => i.templateKey);
      return {
        body: { ...a, handover: { ...a.handover, items: [item, item] } },
        field: 'handover.items.1.templateKey',
      };
    },
  },
  {
    label: 'two amendments of one review',
    spoil: a => {
      const amendment = a.reviews.find((r: any) => r.amends);
      return {
        body: {
          ...a,
          reviews: [...a.reviews, { ...amendment, key: 'review-99' }],
        },
        field: `reviews.${a.reviews.length}.amends`,
      };
    },
  },
  {
    label: 'an action from a feedback round the archive lacks',
    spoil: a => {
      const index = a.actions.findIndex((x: any) => x.source?.round);
      const actions = structuredClone(a.actions);
      actions[index].source.round = 'round-99';
      return {
        body: { ...a, actions },
        field: `actions.${index}.source.round`,
      };
    },
  },
  {
    label: 'a feedback round key twice',
    spoil: a => {
      const [round] = a.feedback.rounds;
      return {
        body: { ...a, feedback: { rounds: [round, round] } },
        field: 'feedback.rounds.1.key',
      };
    },
  },
  {
    label: 'an anonymous self-assessment that names its respondent',
    spoil: a => ({
      body: {
        ...a,
        selfAssessments: [{ ...a.selfAssessments[0], anonymous: true }],
      },
      field: 'selfAssessments.0.respondent',
    }),
  },
  {
    label: 'a named self-assessment given twice in a round',
    spoil: a => ({
      body: {
        ...a,
        selfAssessments: [a.selfAssessments[0], a.selfAssessments[0]],
      },
      field: 'selfAssessments.1.respondent',
    }),
  },
];

/** Content types a mutating route refuses with 415 (`null`: none, with a body). */
const CONTENT_TYPES: Array<string | null> = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json-patch+json',
  'application/json; charset=latin1',
  null,
];

const BAD_IDS = [
  '%00',
  'a%00b',
  '%01',
  'x'.repeat(37),
  'x'.repeat(300),
  '%F0%9F%98%80',
  'a%20b',
  'a%2Fb',
  '%E0%A4%A',
];
const UNKNOWN_IDS = ['nope', '00000000-0000-0000-0000-000000000000'];
/** KPI ids are lower-case words joined by dashes, at most 64 characters. */
const BAD_KPI_IDS = [
  '%00',
  'failed%00changes',
  'Failed-Changes',
  'failed--changes',
  '-failed',
  'failed_changes',
  'a%20b',
  'x'.repeat(KPI_ID_MAX_LENGTH + 1),
  '%E0%A4%A',
];
/** Suggestion positions are 0–999 in plain digits. */
const BAD_INDEXES = ['01', '-1', '0x1', '1e3', '1000', '%2B1', '1.5', 'a'];
const BAD_NUMBERS = [
  '0x1',
  '1e3',
  '-1',
  '%2B1',
  '01',
  '1.0',
  '0',
  '2147483648',
  '99999999999999999999',
  '%00',
  'one',
];

// ---------------------------------------------------------------------------
// One case: a request, what it must get, and the checks

type Case = {
  route: string;
  label: string;
  method: string;
  path: string;
  contentType: string | null;
  body?: string;
  /** Acceptable statuses. */
  expect: number[];
  /** A 400 must name this field (a dotted path, or a path parameter). */
  field?: string;
  /** Refused by the service, not the schema (see {@link Spoiler}). */
  semantic?: boolean;
};

type Reply = { status: number; text: string; body: any };

/** The path parameters a route may have. */
type PathParam = 'id' | 'number' | 'index' | 'kpiId';

/** Malformed values of each path parameter (400), and well-formed unknown ones (404). */
const PATH_VALUES: Record<PathParam, { bad: string[]; unknown: string[] }> = {
  id: { bad: BAD_IDS, unknown: UNKNOWN_IDS },
  number: { bad: BAD_NUMBERS, unknown: ['999'] },
  index: { bad: BAD_INDEXES, unknown: ['999'] },
  kpiId: { bad: BAD_KPI_IDS, unknown: ['no-such-kpi'] },
};

type Harness = {
  engine: 'sqlite' | 'pg';
  ctx: Awaited<ReturnType<typeof createTestApp>>;
  seeded: Seeded;
  send(c: Case): Promise<Reply>;
  snapshot(): Promise<string>;
  last: string;
  baselines: Record<string, number>;
  figures: {
    cases: number;
    catalogue: number;
    generated: number;
    byStatus: Record<string, number>;
    fiveXX: number;
    partialWrites: number;
    failures: number;
    /** Time spent in requests and in snapshots, and the slowest requests. */
    requestMs: number;
    snapshotMs: number;
    slowest: Array<{ ms: number; case: string }>;
  };
  close(): Promise<void>;
};

function jsonCase(
  route: Route,
  s: Seeded,
  label: string,
  body: unknown,
  field?: string,
): Case {
  return {
    route: `${route.method} ${route.pattern}`,
    label,
    method: route.method,
    path: route.path(s),
    contentType: 'application/json',
    body: JSON.stringify(body),
    expect: [400],
    field,
  };
}

function fieldCase(
  route: Route,
  s: Seeded,
  field: Field,
  spoiler: Spoiler,
): Case {
  const base = route.body(s);
  return {
    ...jsonCase(
      route,
      s,
      `${field.path}: ${spoiler.label}`,
      withPath(base, field.path, spoiler.value),
      field.path,
    ),
    semantic: spoiler.semantic,
  };
}

/** The route's path with one parameter replaced by `raw` (already URL-encoded). */
function pathCase(
  route: Route,
  s: Seeded,
  param: PathParam,
  raw: string,
  expect: number[],
): Case {
  const real = route.path(s).split('/');
  const pattern = route.pattern.split('/');
  const index = pattern.indexOf(`:${param}`);
  real[index] = raw;
  return {
    route: `${route.method} ${route.pattern}`,
    label: `:${param} = ${
      raw.length > 40 ? `${raw.slice(0, 10)}… (${raw.length})` : raw
    }`,
    method: route.method,
    path: real.join('/'),
    contentType: 'application/json',
    body: JSON.stringify(route.body(s)),
    expect,
    // A malformed escape never reaches the route: Express answers 400 itself.
    field: expect.includes(400) && decodable(raw) ? param : undefined,
  };
}

function decodable(raw: string): boolean {
  try {
    decodeURIComponent(raw);
    return true;
  } catch {
    return false;
  }
}

function contentTypeCase(route: Route, s: Seeded, type: string | null): Case {
  return {
    route: `${route.method} ${route.pattern}`,
    label: `content type ${type ?? '(none)'}`,
    method: route.method,
    path: route.path(s),
    contentType: type,
    body: JSON.stringify(route.body(s)),
    expect: [415],
  };
}

function rawCase(
  route: Route,
  s: Seeded,
  label: string,
  raw: string,
  expect = [400],
): Case {
  return {
    route: `${route.method} ${route.pattern}`,
    label,
    method: route.method,
    path: route.path(s),
    contentType: 'application/json',
    body: raw,
    expect,
  };
}

/** Every fixed case of one route. */
function catalogue(route: Route, s: Seeded): Case[] {
  const base = route.body(s);
  const cases: Case[] = [];
  for (const field of route.fields) {
    const valid = getPath(base, field.path);
    const parent = field.path.includes('.')
      ? getPath(base, field.path.replace(/\.[^.]+$/, ''))
      : base;
    if (parent === undefined || parent === null) {
      throw new Error(
        `${route.method} ${route.pattern}: the valid body has nothing at ${field.path}; fix the suite's baseline`,
      );
    }
    for (const spoiler of catalogueValues(field, valid)) {
      cases.push(fieldCase(route, s, field, spoiler));
    }
  }
  for (const type of CONTENT_TYPES) cases.push(contentTypeCase(route, s, type));
  for (const [label, raw] of [
    ['an array body', '[]'],
    ['a null body', 'null'],
    ['a string body', '"text"'],
    ['an empty object', '{}'],
    ['truncated JSON', '{"version":'],
    ['NaN', '{"version": NaN}'],
    ['Infinity as 1e400', '{"version": 1e400, "text": 1e400}'],
  ]) {
    cases.push(rawCase(route, s, label, raw));
  }
  for (const conflict of route.conflicts ?? []) {
    cases.push(
      jsonCase(
        route,
        s,
        conflict.label,
        conflict.spoil(structuredClone(base)),
        conflict.field,
      ),
    );
  }
  for (const [param, { bad, unknown }] of Object.entries(PATH_VALUES) as Array<
    [PathParam, (typeof PATH_VALUES)[PathParam]]
  >) {
    if (!route.pattern.split('/').includes(`:${param}`)) continue;
    for (const raw of bad) cases.push(pathCase(route, s, param, raw, [400]));
    for (const raw of unknown)
      cases.push(pathCase(route, s, param, raw, [404]));
  }
  return cases;
}

/** Generated cases of any route. */
function arbitraryCase(s: Seeded): fc.Arbitrary<Case> {
  // Every arbitrary is built once, up front: building some (graphemes,
  // JSON values) costs more than generating from them.
  return fc.oneof(
    ...ROUTES.map(route => {
      const base = route.body(s);
      const options: Array<{ weight: number; arbitrary: fc.Arbitrary<Case> }> =
        [
          {
            weight: 14,
            arbitrary: fc.oneof(
              ...route.fields.map(field =>
                arbitraryValue(field, getPath(base, field.path)).map(spoiler =>
                  fieldCase(route, s, field, spoiler),
                ),
              ),
            ),
          },
          {
            weight: 1,
            arbitrary: fc
              .oneof(
                fc.constantFrom(...CONTENT_TYPES),
                fc
                  .stringMatching(/^[a-z]{1,10}\/[a-z+.-]{1,20}$/)
                  .filter(t => t !== 'application/json'),
              )
              .map(type => contentTypeCase(route, s, type)),
          },
          {
            weight: 1,
            arbitrary: fc
              .oneof(
                fc.string({ maxLength: 50, unit: 'binary-ascii' }).filter(t => {
                  try {
                    const v = JSON.parse(t);
                    return (
                      v === null || typeof v !== 'object' || Array.isArray(v)
                    );
                  } catch {
                    return true;
                  }
                }),
                fc
                  .jsonValue({ maxDepth: 2 })
                  .filter(
                    v =>
                      typeof v !== 'object' || v === null || Array.isArray(v),
                  )
                  .map(v => JSON.stringify(v)),
              )
              .map(raw => rawCase(route, s, 'not a JSON object', raw)),
          },
        ];
      if (route.pattern.includes(':id')) {
        options.push({
          weight: 3,
          arbitrary: fc
            .oneof(
              fc
                .tuple(
                  fc.stringMatching(/^[a-z0-9-]{0,10}$/),
                  fc.constantFrom(...PATH_CONTROLS),
                )
                .map(([a, c]) => ({
                  raw: encodeURIComponent(`${a}${c}x`),
                  expect: [400],
                })),
              fc
                .integer({ min: 37, max: 400 })
                .map(n => ({ raw: 'a'.repeat(n), expect: [400] })),
              fc
                .string({ minLength: 1, maxLength: 20, unit: 'grapheme' })
                .filter(t => /[^A-Za-z0-9_-]/.test(t))
                .map(t => ({ raw: encodeURIComponent(t), expect: [400] })),
              fc.uuid().map(id => ({ raw: id, expect: [404] })),
            )
            .map(({ raw, expect }) => pathCase(route, s, 'id', raw, expect)),
        });
      }
      if (route.pattern.includes(':number')) {
        options.push({
          weight: 2,
          arbitrary: fc
            .oneof(
              fc.nat().map(n => `0x${n.toString(16)}`),
              fc.tuple(fc.nat(9), fc.nat(5)).map(([a, b]) => `${a}e${b}`),
              fc.nat().map(n => `-${n}`),
              fc.nat().map(n => `0${n}`),
              fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `${a}.${b}`),
              fc.bigInt({ min: 2n ** 31n, max: 10n ** 30n }).map(String),
              fc
                .string({ minLength: 1, maxLength: 12 })
                .filter(t => !/^[1-9][0-9]{0,9}$/.test(t)),
            )
            .map(raw =>
              pathCase(route, s, 'number', encodeURIComponent(raw), [400]),
            ),
        });
        options.push({
          weight: 1,
          arbitrary: fc
            .integer({ min: s.scopeNumber + 1, max: INT_MAX })
            .map(n => pathCase(route, s, 'number', String(n), [404])),
        });
      }
      return fc.oneof(...options);
    }),
  );
}

// ---------------------------------------------------------------------------
// The harness: one app and server per engine, a cheap whole-database snapshot

async function snapshotter(knex: Knex): Promise<() => Promise<string>> {
  const client = String(knex.client.config.client);
  if (client === 'pg') {
    const tables: string[] = (
      await knex.raw(
        `select tablename from pg_tables where schemaname = current_schema() and tablename like 'csip%' order by tablename`,
      )
    ).rows.map((r: { tablename: string }) => r.tablename);
    const sql = tables
      .map(
        t =>
          `select '${t}' as name, count(*)::int as n, coalesce(md5(string_agg(x::text, E'\\n' order by x::text)), '') as h from "${t}" x`,
      )
      .join(' union all ');
    return async () =>
      (await knex.raw(sql)).rows
        .map(
          (r: { name: string; n: number; h: string }) =>
            `${r.name}:${r.n}:${r.h}`,
        )
        .join('|');
  }
  const tables: string[] = (
    await knex('sqlite_master')
      .where({ type: 'table' })
      .andWhere('name', 'like', 'csip%')
      .orderBy('name')
      .select('name')
  ).map((r: { name: string }) => r.name);
  return async () => {
    const parts: string[] = [];
    for (const t of tables) {
      const rows = (await knex(t).select()).map(r => JSON.stringify(r)).sort();
      parts.push(
        `${t}:${rows.length}:${createHash('sha1')
          .update(rows.join('\n'))
          .digest('hex')}`,
      );
    }
    return parts.join('|');
  };
}

function httpClient(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return (c: Omit<Case, 'expect' | 'route' | 'label'>) =>
    new Promise<Reply>((resolve, reject) => {
      const headers: Record<string, string | number> = { authorization: AUTH };
      if (c.contentType !== null) headers['content-type'] = c.contentType;
      const payload =
        c.body === undefined ? undefined : Buffer.from(c.body, 'utf8');
      if (payload) headers['content-length'] = payload.length;
      const big = (payload?.length ?? 0) > 1_000_000;
      let replied = false;
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: c.method,
          path: c.path,
          agent: big ? false : agent,
          headers,
        },
        res => {
          replied = true;
          const chunks: Buffer[] = [];
          res.on('data', chunk => chunks.push(chunk));
          res.on('end', () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            let body: any;
            try {
              body = JSON.parse(raw);
            } catch {
              body = undefined;
            }
            resolve({ status: res.statusCode ?? 0, text: raw, body });
          });
        },
      );
      req.on('error', error => {
        if (!replied) reject(error);
      });
      if (payload) req.write(payload);
      req.end();
    });
}

const AUDIT_KEYS = new Set([
  'programmeId',
  'reviewId',
  'actionId',
  'itemId',
  'versionNumber',
  'to',
  'process',
  'processes',
  'fields',
  'status',
  'decision',
  'approach',
  'acknowledgeTone',
  'followUpId',
  'outcome',
  'index',
  'response',
  'delivery',
  'kpiId',
  'verdict',
  'roundId',
  'barrier',
]);

/** Audit metadata of the case: validated values only, never the raw body. */
function auditProblems(h: Harness): string[] {
  const problems: string[] = [];
  for (const [event] of h.ctx.auditor.createEvent.mock.calls as Array<
    [{ eventId: string; meta?: Record<string, unknown> }]
  >) {
    for (const [k, v] of Object.entries(event.meta ?? {})) {
      if (!AUDIT_KEYS.has(k)) problems.push(`audit meta key ${k}`);
      if (v === undefined || typeof v === 'number' || typeof v === 'boolean') {
        continue;
      }
      if (typeof v !== 'string') {
        problems.push(`audit meta ${k} is a ${typeof v}`);
      } else if (v.length > 4000 || CONTROLS.some(c => v.includes(c))) {
        problems.push(`audit meta ${k} holds a raw value (${v.length} chars)`);
      } else if (k.endsWith('Id') && !/^[A-Za-z0-9_-]{1,36}$/.test(v)) {
        problems.push(`audit meta ${k} is not a valid id`);
      }
    }
  }
  return problems;
}

/** Sends one case; returns what was wrong with the answer, or nothing. */
async function runCase(h: Harness, c: Case): Promise<string | undefined> {
  h.ctx.auditor.createEvent.mockClear();
  h.ctx.auditorEvent.fail.mockClear();
  h.ctx.auditorEvent.success.mockClear();
  const began = Date.now();
  const reply = await h.send(c);
  const sent = Date.now();
  const after = await h.snapshot();
  const f = h.figures;
  f.requestMs += sent - began;
  f.snapshotMs += Date.now() - sent;
  f.slowest = [
    ...f.slowest,
    { ms: sent - began, case: `${c.route} — ${c.label}` },
  ]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  f.cases += 1;
  f.byStatus[reply.status] = (f.byStatus[reply.status] ?? 0) + 1;
  const problems: string[] = [];
  if (reply.status >= 500) {
    f.fiveXX += 1;
    problems.push('5xx');
  }
  if (after !== h.last) {
    f.partialWrites += 1;
    problems.push('it wrote to the database');
    h.last = after;
  }
  // When the route refused even its valid body (the baseline test fails and
  // names it), a case the service has to judge can only get that refusal.
  const refused = h.baselines[c.route] >= 300 ? h.baselines[c.route] : 0;
  const expected = c.semantic && refused ? [...c.expect, refused] : c.expect;
  if (!expected.includes(reply.status)) {
    problems.push(`status ${reply.status}, expected ${expected.join(' or ')}`);
  }
  const error = reply.body?.error;
  if (
    typeof error?.name !== 'string' ||
    typeof error?.message !== 'string' ||
    reply.body?.response?.statusCode !== reply.status
  ) {
    problems.push('not the standard error body');
  } else if (
    reply.status === 400 &&
    c.field &&
    !error.message.includes(c.field)
  ) {
    problems.push(`the 400 does not name ${c.field}`);
  }
  problems.push(...auditProblems(h));
  if (!problems.length) return undefined;
  f.failures += 1;
  return `[${h.engine}] ${c.method} ${c.route} — ${c.label} (${
    c.method
  } ${c.path.slice(0, 120)}): ${problems.join(', ')}; got ${
    reply.status
  } ${String(error?.message ?? reply.text).slice(0, 300)}`;
}

/**
 * The app, the seeded programme, and a first call of every route with its
 * valid body (the baseline). A baseline that is refused is recorded (the
 * suite then fails, naming the route) and the bad cases still run.
 */
async function setUp(databaseId: TestDatabaseId): Promise<Harness> {
  const ctx = await createTestApp({ databases, databaseId });
  const server = ctx.app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const send = httpClient((server.address() as AddressInfo).port);
  const baselines: Record<string, number> = {};
  const call = async (method: Method | 'GET', path: string, body?: unknown) => {
    const reply = await send({
      method,
      path,
      contentType: body === undefined ? null : 'application/json',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return reply;
  };
  const baseline = async (route: Route, s: Seeded) => {
    const reply = await call(route.method, route.path(s), route.body(s));
    const name = `${route.method} ${route.pattern}`;
    baselines[name] = reply.status;
    return reply;
  };
  const route = (method: Method, pattern: string) =>
    ROUTES.find(r => r.method === method && r.pattern === pattern)!;

  const created = await call('POST', '/programmes', PROGRAMME);
  if (created.status !== 201) {
    throw new Error(
      `Could not seed the programme (${created.status}): ${created.text.slice(
        0,
        300,
      )}`,
    );
  }
  const s: Seeded = {
    programmeId: created.body.id,
    programmeVersion: created.body.version,
    members: created.body.members,
    scopeNumber: 1,
    draftId: '',
    draftVersion: 1,
    publishedId: '',
    actionId: '',
    actionVersion: 1,
    itemId: '',
    itemVersion: 1,
    skillsVersion: 0,
    followUpId: '',
    roundId: '',
    archive: {},
  };
  baselines['POST /programmes'] = created.status;
  const body = (reply: Reply) => (reply.status < 300 ? reply.body : {});

  await baseline(route('POST', '/approach/recommendation'), s);
  await baseline(route('POST', '/programmes/:id/approach/decisions'), s);
  const scope = body(
    await baseline(route('POST', '/programmes/:id/scope/versions'), s),
  );
  s.scopeNumber = scope.number ?? 1;
  await baseline(
    route('POST', '/programmes/:id/scope/versions/:number/agreements'),
    s,
  );
  await baseline(route('POST', '/programmes/:id/kpis/:kpiId/readings'), s);
  await baseline(route('POST', '/tone/check'), s);

  // Reviews: a draft to edit (and aim bad publishes at), one to publish,
  // whose amendment is then the published review bad amendments aim at.
  const draft = body(
    await baseline(route('POST', '/programmes/:id/reviews'), s),
  );
  s.draftId = draft.id ?? 'missing-draft';
  s.draftVersion = draft.version ?? 1;
  const patched = body(await baseline(route('PATCH', '/reviews/:id'), s));
  s.draftVersion = patched.version ?? s.draftVersion;
  const toPublish = body(
    await call('POST', `/programmes/${s.programmeId}/reviews`, REVIEW),
  );
  const publishRoute = route('POST', '/reviews/:id/publish');
  const published = await baseline(
    { ...publishRoute, path: () => `/reviews/${toPublish.id}/publish` },
    { ...s, draftVersion: toPublish.version },
  );
  s.publishedId = body(published).id ?? 'missing-review';
  const amendment = body(
    await baseline(route('POST', '/reviews/:id/amendments'), s),
  );
  s.publishedId = amendment.id ?? s.publishedId;

  const action = body(
    await baseline(route('POST', '/programmes/:id/actions'), s),
  );
  s.actionId = action.id ?? 'missing-action';
  s.actionVersion = action.version ?? 1;
  const actionUpdated = body(await baseline(route('PATCH', '/actions/:id'), s));
  s.actionVersion = actionUpdated.version ?? s.actionVersion;

  const handover = body(
    await call('GET', `/programmes/${s.programmeId}/handover`),
  );
  const item = handover.items?.[0] ?? {};
  s.itemId = item.id ?? 'missing-item';
  s.itemVersion = item.version ?? 1;
  const itemUpdated = body(
    await baseline(route('PATCH', '/handover/items/:id'), s),
  );
  s.itemVersion = itemUpdated.version ?? s.itemVersion;
  await baseline(route('POST', '/programmes/:id/handover/items'), s);
  const skills = body(
    await baseline(route('PUT', '/programmes/:id/skills'), s),
  );
  s.skillsVersion = skills.version ?? s.skillsVersion;

  // Coaching: a moment whose follow-up gets its outcome; the team's
  // response to, and a comment on, the published review's suggestion.
  const moment = body(
    await baseline(route('POST', '/programmes/:id/moments'), s),
  );
  s.followUpId = moment.followUpId ?? 'missing-follow-up';
  await baseline(route('POST', '/follow-ups/:id/outcome'), s);
  await baseline(route('POST', '/reviews/:id/suggestions/:index/response'), s);
  await baseline(route('POST', '/reviews/:id/comments'), s);
  await baseline(route('PUT', '/me/reminders'), s);

  // Self-assessment; a feedback round, answered once, a barrier of which
  // becomes an action (bad answers then aim at the answered round).
  await baseline(route('POST', '/programmes/:id/self-assessments'), s);
  const round = body(
    await baseline(route('POST', '/programmes/:id/feedback-rounds'), s),
  );
  s.roundId = round.id ?? 'missing-round';
  await baseline(route('POST', '/feedback-rounds/:id/responses'), s);
  await baseline(route('POST', '/feedback-rounds/:id/actions'), s);

  const programme = body(await call('GET', `/programmes/${s.programmeId}`));
  s.programmeVersion = programme.version ?? s.programmeVersion;
  s.members = programme.members ?? s.members;
  const programmeUpdated = body(
    await baseline(route('PATCH', '/programmes/:id'), s),
  );
  s.programmeVersion = programmeUpdated.version ?? s.programmeVersion;
  await baseline(route('POST', '/programmes/:id/phase'), s);
  const afterPhase = body(await call('GET', `/programmes/${s.programmeId}`));
  s.programmeVersion = afterPhase.version ?? s.programmeVersion;

  // Closing refuses no later write; the export then carries the closure.
  await baseline(route('POST', '/programmes/:id/close'), s);
  s.archive = body(await call('GET', `/programmes/${s.programmeId}/export`));
  await baseline(route('POST', '/import'), s);

  const snapshot = await snapshotter(ctx.knex);
  const h: Harness = {
    engine: engineName(databaseId),
    ctx,
    seeded: s,
    send: c => send(c),
    snapshot,
    last: await snapshot(),
    baselines,
    figures: {
      cases: 0,
      catalogue: 0,
      generated: 0,
      byStatus: {},
      fiveXX: 0,
      partialWrites: 0,
      failures: 0,
      requestMs: 0,
      snapshotMs: 0,
      slowest: [],
    },
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
  return h;
}

/** Reads with bad ids and list queries: 400, never a 5xx, nothing written. */
function readCases(): Case[] {
  const get = (
    path: string,
    expect: number[],
    label: string,
    field?: string,
  ): Case => ({
    route: `GET ${path.replace(/\?.*/, '')}`,
    label,
    method: 'GET',
    path,
    contentType: null,
    expect,
    field,
  });
  const cases: Case[] = [];
  for (const template of [
    '/programmes/:id',
    '/programmes/:id/phase',
    '/programmes/:id/approach/decisions',
    '/programmes/:id/scope',
    '/programmes/:id/scope/versions',
    '/programmes/:id/reviews',
    '/programmes/:id/maturity',
    '/programmes/:id/actions',
    '/programmes/:id/handover',
    '/programmes/:id/export',
    '/reviews/:id',
  ]) {
    for (const raw of ['%00', 'a%01b', 'x'.repeat(300)]) {
      cases.push(
        get(
          template.replace(':id', raw),
          [400],
          `:id = ${raw.slice(0, 10)}`,
          'id',
        ),
      );
    }
  }
  const hugeCursor = Buffer.from(JSON.stringify({ offset: 1e20 })).toString(
    'base64url',
  );
  for (const [query, field] of [
    ['q=a%00b', 'q'],
    [`q=${'x'.repeat(201)}`, 'q'],
    [`owner=group:default/${'a'.repeat(300)}`, 'owner'],
    ['owner=group:default/a%00', 'owner'],
    ['limit=1e3', 'limit'],
    [`cursor=${hugeCursor}`, 'cursor'],
    ['cursor=%00', 'cursor'],
    ['phase=establish%00', 'phase'],
  ]) {
    cases.push(get(`/programmes?${query}`, [400], query.slice(0, 40), field));
    // The CSV holds every row: it ignores a well-formed cursor, and only
    // refuses a malformed one.
    if (query === `cursor=${hugeCursor}`) continue;
    cases.push(
      get(
        `/programmes.csv?${query}`,
        [400],
        `csv ${query.slice(0, 40)}`,
        field,
      ),
    );
  }
  return cases;
}

describe.each(databases.eachSupportedId())('bad input on %s', databaseId => {
  let h: Harness;

  beforeAll(async () => {
    h = await setUp(databaseId);
  }, 120_000);

  afterAll(async () => {
    if (!h) return;
    await h.close();
    const file = writeReport(`bad-input-${h.engine}.json`, {
      engine: h.engine,
      runs: RUNS,
      seed: SEED ?? null,
      ...h.figures,
      baselines: h.baselines,
    });
    process.stdout.write(
      `bad input on ${h.engine}: ${h.figures.cases} cases, ${JSON.stringify(
        h.figures.byStatus,
      )} by status, ${h.figures.fiveXX} 5xx, ${
        h.figures.partialWrites
      } partial writes (${file})\n`,
    );
  });

  it('covers every mutating route of the router', () => {
    const covered = ROUTES.map(r => `${r.method} ${r.pattern}`).sort();
    const declared = mutatingRoutes(h.ctx.app);
    expect(declared.filter(r => !covered.includes(r))).toEqual([]);
    expect(covered.filter(r => !declared.includes(r))).toEqual([]);
  });

  it('accepts the valid body of every route once (the baseline of its bad cases)', () => {
    const refused = Object.entries(h.baselines)
      .filter(([, status]) => status >= 300)
      .map(([route, status]) => `${route}: ${status}`);
    const missing = ROUTES.map(r => `${r.method} ${r.pattern}`).filter(
      r => !(r in h.baselines),
    );
    expect({ refused, missing }).toEqual({ refused: [], missing: [] });
  });

  it('answers every catalogued bad request with a 4xx, names the field, writes nothing', async () => {
    const s = h.seeded;
    const cases = [
      ...ROUTES.flatMap(route => catalogue(route, s)),
      ...IMPORT_CONFLICTS.map(conflict => {
        const { body, field } = conflict.spoil(s.archive);
        return jsonCase(
          ROUTES.find(r => r.pattern === '/import')!,
          s,
          conflict.label,
          body,
          field,
        );
      }),
      rawCase(
        ROUTES[0],
        s,
        'a body over 1 MB',
        JSON.stringify({ ...PROGRAMME, vision: 'v'.repeat(1_100_000) }),
        [413],
      ),
      ...readCases(),
    ];
    const failures: string[] = [];
    for (const c of cases) {
      const failure = await runCase(h, c);
      if (failure) failures.push(failure);
    }
    h.figures.catalogue = cases.length;
    expect(failures).toEqual([]);
  });

  it('answers generated bad requests with a 4xx and writes nothing (fast-check)', async () => {
    const numRuns = RUNS;
    const before = { ...h.figures };
    await fc.assert(
      fc.asyncProperty(arbitraryCase(h.seeded), async c => {
        h.figures.generated += 1;
        const failure = await runCase(h, c);
        if (failure) throw new Error(failure);
      }),
      { numRuns, seed: SEED, endOnFailure: true },
    );
    expect(h.figures.fiveXX - before.fiveXX).toBe(0);
    expect(h.figures.partialWrites - before.partialWrites).toBe(0);
  });
});
