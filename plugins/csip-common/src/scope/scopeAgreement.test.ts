import {
  approverStatuses,
  requiredApprovers,
  scopeStatus,
} from './scopeAgreement';
import type { ScopeVersion } from './scopeSchema';

const version = (number: number, approvers: string[] = []): ScopeVersion => ({
  programmeId: 'p',
  number,
  processes: [],
  objectives: [],
  outOfScope: [],
  milestones: [],
  resources: { coachDays: 0, budget: 0, notes: '' },
  assumptions: [],
  approvers,
  publishedBy: 'user:default/alex',
  publishedAt: '2026-11-01T00:00:00.000Z',
});

const at = (minute: number) =>
  `2026-11-01T00:${String(minute).padStart(2, '0')}:00.000Z`;

describe('scope agreement', () => {
  const members = [
    { userRef: 'user:default/dana', role: 'sponsor' as const },
    { userRef: 'user:default/dana', role: 'lead' as const },
    { userRef: 'user:default/sam', role: 'member' as const },
  ];

  it('requires every sponsor plus the listed approvers, once each', () => {
    expect(
      requiredApprovers(
        members,
        version(1, ['user:default/sam', 'user:default/DANA']),
      ),
    ).toEqual(['user:default/dana', 'user:default/sam']);
  });

  it.each([
    {
      name: 'no version',
      current: undefined,
      decisions: [],
      expected: 'draft',
    },
    {
      name: 'nobody decided',
      current: version(2),
      decisions: [],
      expected: 'awaiting-agreement',
    },
    {
      name: 'one of two agreed',
      current: version(2),
      decisions: [['dana', 'agree', 2]],
      expected: 'awaiting-agreement',
    },
    {
      name: 'all agreed',
      current: version(2),
      decisions: [
        ['dana', 'agree', 2],
        ['sam', 'agree', 2],
      ],
      expected: 'agreed',
    },
    {
      name: 'one declined',
      current: version(2),
      decisions: [
        ['dana', 'agree', 2],
        ['sam', 'decline', 2],
      ],
      expected: 'declined',
    },
    {
      name: 'agreements on an older version do not carry over',
      current: version(2),
      decisions: [
        ['dana', 'agree', 1],
        ['sam', 'agree', 1],
      ],
      expected: 'awaiting-agreement',
    },
    {
      name: 'the latest decision of a person counts',
      current: version(2),
      decisions: [
        ['dana', 'decline', 2],
        ['dana', 'agree', 2],
        ['sam', 'agree', 2],
      ],
      expected: 'agreed',
    },
  ] as const)('$name → $expected', ({ current, decisions, expected }) => {
    const agreements = decisions.map(([who, decision, n], i) => ({
      programmeId: 'p',
      versionNumber: n,
      userRef: `user:default/${who}`,
      decision,
      comment: '',
      at: at(i),
    }));
    const statuses = approverStatuses(
      ['user:default/dana', 'user:default/sam'],
      current?.number,
      agreements,
    );
    expect(scopeStatus(current, statuses)).toBe(expected);
  });
});
