import { summariseKpis } from './summariseKpis';

const definition = {
  id: 'failed-changes',
  objective: 'Halve failed changes',
  name: 'Failed changes',
  unit: '%',
  baseline: 12,
  target: 6,
  direction: 'down' as const,
};

const reading = (kpiId: string, on: string, value: number) => ({
  id: `${kpiId}-${on}`,
  kpiId,
  on,
  value,
  recordedBy: 'user:default/priya',
  recordedAt: `${on}T09:00:00.000Z`,
});

describe('summariseKpis', () => {
  it('gives each KPI its own readings, oldest first, and its progress', () => {
    const [kpi] = summariseKpis(
      [definition],
      [
        reading('failed-changes', '2026-12-01', 9),
        reading('gone', '2026-11-01', 1),
        reading('failed-changes', '2026-11-01', 11),
      ],
    );
    expect(kpi.readings.map(r => r.on)).toEqual(['2026-11-01', '2026-12-01']);
    expect(kpi.progress).toBe(0.5);
  });

  it('leaves progress out without readings', () => {
    const [kpi] = summariseKpis([definition], []);
    expect(kpi).toEqual({ ...definition, readings: [] });
    expect('progress' in kpi).toBe(false);
  });
});
