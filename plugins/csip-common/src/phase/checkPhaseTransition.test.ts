import { checkPhaseTransition, PhaseGateFacts } from './checkPhaseTransition';

const allMet: PhaseGateFacts = {
  approachDecided: true,
  scopeAgreed: true,
  handoverReady: true,
};
const noneMet: PhaseGateFacts = {
  approachDecided: false,
  scopeAgreed: false,
  handoverReady: false,
};

describe('checkPhaseTransition', () => {
  it.each([
    { from: 'establish', to: 'implement', facts: allMet, gates: [] },
    {
      from: 'establish',
      to: 'implement',
      facts: noneMet,
      gates: ['approach-decided', 'scope-agreed'],
    },
    {
      from: 'establish',
      to: 'implement',
      facts: { ...allMet, scopeAgreed: false },
      gates: ['scope-agreed'],
    },
    { from: 'implement', to: 'review', facts: noneMet, gates: [] },
    { from: 'review', to: 'handover', facts: noneMet, gates: [] },
    {
      from: 'handover',
      to: 'sustain',
      facts: noneMet,
      gates: ['handover-ready'],
    },
    { from: 'handover', to: 'sustain', facts: allMet, gates: [] },
    {
      from: 'establish',
      to: 'review',
      facts: noneMet,
      gates: ['next-phase-only', 'approach-decided', 'scope-agreed'],
    },
    { from: 'review', to: 'review', facts: allMet, gates: ['same-phase'] },
  ] as const)('$from → $to lists $gates', ({ from, to, facts, gates }) => {
    const result = checkPhaseTransition({ from, to, facts });
    expect(result.unmet.map(u => u.gate)).toEqual(gates);
    expect(result.allowed).toBe(gates.length === 0);
  });

  it('lets a programme move back only with a reason', () => {
    expect(
      checkPhaseTransition({ from: 'review', to: 'establish', facts: noneMet }),
    ).toMatchObject({
      allowed: false,
      direction: 'back',
      unmet: [{ gate: 'reason-required' }],
    });
    expect(
      checkPhaseTransition({
        from: 'review',
        to: 'establish',
        reason: 'Scope changed',
        facts: noneMet,
      }),
    ).toEqual({ allowed: true, direction: 'back', unmet: [] });
  });
});
