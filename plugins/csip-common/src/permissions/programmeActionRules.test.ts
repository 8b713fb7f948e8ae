import {
  holdsAnyRole,
  passesRoleRule,
  PROGRAMME_ACTION_RULES,
} from './programmeActionRules';

const members = [
  { userRef: 'user:default/Alex.Coach', role: 'coach' as const },
  { userRef: 'user:default/omar', role: 'member' as const },
];

describe('programme action rules', () => {
  it('compares refs case-insensitively and needs one of the roles', () => {
    expect(holdsAnyRole(members, ['user:default/alex.coach'], ['coach'])).toBe(
      true,
    );
    expect(
      holdsAnyRole(members, ['user:default/omar'], ['coach', 'lead']),
    ).toBe(false);
  });

  it.each([
    ['writeReview', 'user:default/alex.coach', true],
    ['writeReview', 'user:default/omar', false],
    ['verifyHandoverItem', 'user:default/omar', false],
    ['updateHandoverItem', 'user:default/omar', true],
    ['manageHandover', 'user:default/alex.coach', true],
    ['publishScope', 'user:default/omar', false],
    ['createProgramme', 'user:default/stranger', true],
    ['selfAssess', 'user:default/omar', true],
    ['selfAssess', 'user:default/alex.coach', false],
    ['selfAssess', 'user:default/stranger', false],
    ['recordKpiReading', 'user:default/alex.coach', true],
    ['recordKpiReading', 'user:default/omar', false],
    ['closeProgramme', 'user:default/alex.coach', false],
    ['closeProgramme', 'user:default/omar', false],
    ['openFeedbackRound', 'user:default/alex.coach', true],
    ['openFeedbackRound', 'user:default/omar', false],
    ['respondToFeedback', 'user:default/stranger', true],
    ['actOnFeedback', 'user:default/omar', false],
  ] as const)('%s by %s → %s', (action, userRef, allowed) => {
    expect(passesRoleRule(action, members, userRef)).toBe(allowed);
  });

  it('says why in words for every role-bound action', () => {
    const rules = Object.values(PROGRAMME_ACTION_RULES);
    for (const rule of rules) {
      expect(rule.policyReason).toMatch(/^Your portal’s permission policy/);
    }
    const roleReasons = rules
      .filter(rule => rule.roles !== 'anyone')
      .map(rule => ('roleReason' in rule ? rule.roleReason : undefined));
    expect(roleReasons.every(reason => /^Only /.test(reason ?? ''))).toBe(true);
  });
});
