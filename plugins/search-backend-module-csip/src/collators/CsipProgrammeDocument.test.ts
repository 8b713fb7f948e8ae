import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import { describeProgramme } from './CsipProgrammeDocument';

const base: ProgrammeSummary = {
  id: 'p1',
  title: 'Change management CSIP',
  driver: 'operational',
  ownerRef: 'group:default/it-operations',
  phase: 'sustain',
  approach: 'diy-with-coaching',
  archived: false,
  version: 1,
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('describeProgramme', () => {
  it.each([
    ['successful', 'Closed as successful.'],
    ['partly-successful', 'Closed as partly successful.'],
    ['withdrawn', 'Closed: withdrawn.'],
  ] as const)(
    'ends a programme closed as %s with its verdict',
    (verdict, words) => {
      expect(describeProgramme({ ...base, verdict })).toMatch(
        new RegExp(`${words.replace('.', '\\.')}$`),
      );
    },
  );

  it('says nothing of a closure while the programme is open', () => {
    expect(describeProgramme(base)).not.toMatch(/Closed/);
  });
});
