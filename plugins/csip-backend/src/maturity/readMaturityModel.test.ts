import { ConfigReader } from '@backstage/config';
import { readMaturityModel } from './readMaturityModel';

const incident = {
  id: 'incident',
  name: 'Incident management',
  criteria: [1, 2, 3, 4, 5].map(level => ({
    id: `incident-${level}-1`,
    level,
    text: `Level ${level} criterion.`,
  })),
};

describe('readMaturityModel', () => {
  it('has the three built-in processes, the six levels and the four ratings', () => {
    const model = readMaturityModel(new ConfigReader({}));
    expect(model.processes.map(p => p.id)).toEqual([
      'change',
      'configuration',
      'release',
    ]);
    expect(model.levels.map(l => l.name)).toEqual([
      'Incomplete',
      'Performed',
      'Managed',
      'Established',
      'Predictable',
      'Innovating',
    ]);
    expect(model.ratings).toEqual([
      { value: 'N', label: 'Not yet' },
      { value: 'P', label: 'Partly' },
      { value: 'L', label: 'Largely' },
      { value: 'F', label: 'Fully' },
    ]);
  });

  it('adds processes from csip.processes', () => {
    const model = readMaturityModel(
      new ConfigReader({ csip: { processes: [incident] } }),
    );
    expect(model.processes.map(p => p.id)).toEqual([
      'change',
      'configuration',
      'release',
      'incident',
    ]);
    expect(model.processes[3].description).toBe('');
  });

  it('names the bad fields of a configured process', () => {
    expect(() =>
      readMaturityModel(
        new ConfigReader({
          csip: {
            processes: [
              {
                ...incident,
                id: 'Incident',
                criteria: incident.criteria.slice(1),
              },
            ],
          },
        }),
      ),
    ).toThrow(
      /Invalid csip.processes\[0\].*id: must be a process id.*criteria: needs at least one criterion for level 1/,
    );
  });

  it('refuses a second process with a built-in id', () => {
    expect(() =>
      readMaturityModel(
        new ConfigReader({
          csip: { processes: [{ ...incident, id: 'change' }] },
        }),
      ),
    ).toThrow("process 'change' already exists");
  });
});
