import { kpiProgress, latestReading } from './kpiProgress';

const up = { baseline: 10, target: 20, direction: 'up' as const };
const down = { baseline: 30, target: 10, direction: 'down' as const };
const at = (value: number, on = '2026-12-01') => ({ on, value });

describe('kpiProgress', () => {
  it.each([
    ['up, at the baseline', up, [at(10)], 0],
    ['up, halfway', up, [at(15)], 0.5],
    ['up, at the target', up, [at(20)], 1],
    ['up, overshoot is clamped to 1', up, [at(35)], 1],
    ['up, worse than the baseline is clamped to 0', up, [at(4)], 0],
    ['down, a quarter of the way', down, [at(25)], 0.25],
    ['down, at the target', down, [at(10)], 1],
    ['down, below the target (overshoot)', down, [at(2)], 1],
    ['down, above the baseline (worse)', down, [at(40)], 0],
    [
      'target == baseline, up, at it',
      { baseline: 5, target: 5, direction: 'up' as const },
      [at(5)],
      1,
    ],
    [
      'target == baseline, up, below it',
      { baseline: 5, target: 5, direction: 'up' as const },
      [at(4.9)],
      0,
    ],
    [
      'target == baseline, down, below it',
      { baseline: 5, target: 5, direction: 'down' as const },
      [at(3)],
      1,
    ],
    [
      'target == baseline, down, above it',
      { baseline: 5, target: 5, direction: 'down' as const },
      [at(6)],
      0,
    ],
    [
      'the latest day counts, whatever the order',
      up,
      [at(18, '2026-12-03'), at(12, '2026-12-01'), at(14, '2026-11-01')],
      0.8,
    ],
  ] as const)('%s', (_name, kpi, readings, expected) => {
    expect(kpiProgress(kpi, readings)).toBeCloseTo(expected, 10);
  });

  it('is undefined without readings', () => {
    expect(kpiProgress(up, [])).toBeUndefined();
  });
});

describe('latestReading', () => {
  it('takes the latest day, then the one recorded last', () => {
    expect(
      latestReading([
        { on: '2026-12-02', value: 1, recordedAt: '2026-12-02T10:00:00Z' },
        { on: '2026-12-02', value: 2, recordedAt: '2026-12-02T11:00:00Z' },
        { on: '2026-12-01', value: 3, recordedAt: '2026-12-03T09:00:00Z' },
      ])?.value,
    ).toBe(2);
    expect(latestReading([])).toBeUndefined();
  });
});
