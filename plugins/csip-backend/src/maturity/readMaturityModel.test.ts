import { ConfigReader } from '@backstage/config';
import {
  BUILT_IN_QUESTIONS,
  levelQuestions,
  maturityModelSchema,
} from '@csip-coach/plugin-csip-common';
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

  it('gives configured criteria without questions those of their level', () => {
    const model = readMaturityModel(
      new ConfigReader({ csip: { processes: [incident] } }),
    );
    for (const criterion of model.processes[3].criteria) {
      expect(criterion.questions).toEqual(levelQuestions(criterion.level));
      expect(criterion.questions.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the questions a configured criterion brings', () => {
    const questions = ['What would a visitor see?', 'Who takes part?'];
    const criteria = incident.criteria.map((c, i) =>
      i === 0 ? { ...c, questions } : c,
    );
    const model = readMaturityModel(
      new ConfigReader({ csip: { processes: [{ ...incident, criteria }] } }),
    );
    expect(model.processes[3].criteria[0].questions).toEqual(questions);
  });

  it('names a configured criterion with fewer than two questions', () => {
    const criteria = incident.criteria.map((c, i) =>
      i === 2 ? { ...c, questions: ['What would a visitor see?'] } : c,
    );
    expect(() =>
      readMaturityModel(
        new ConfigReader({ csip: { processes: [{ ...incident, criteria }] } }),
      ),
    ).toThrow(
      'Invalid csip.processes[0]: criteria.2.questions: needs at least two questions',
    );
  });

  it('serves at least two questions for every criterion', () => {
    const model = readMaturityModel(
      new ConfigReader({ csip: { processes: [incident] } }),
    );
    const criteria = model.processes.flatMap(p => p.criteria);
    expect(criteria.filter(c => c.questions.length < 2)).toEqual([]);
    expect(maturityModelSchema.safeParse(model).success).toBe(true);
  });

  it('replaces the questions of built-in and configured criteria from csip.questions', () => {
    const model = readMaturityModel(
      new ConfigReader({
        csip: {
          processes: [incident],
          questions: [
            {
              criterionId: 'change-2-3',
              questions: ['Who reads the schedule?', 'What do they look for?'],
            },
            {
              criterionId: 'incident-1-1',
              questions: ['How is an incident recorded?', 'Where is it kept?'],
            },
          ],
        },
      }),
    );
    const byId = new Map(
      model.processes.flatMap(p => p.criteria).map(c => [c.id, c.questions]),
    );
    expect(byId.get('change-2-3')).toEqual([
      'Who reads the schedule?',
      'What do they look for?',
    ]);
    expect(byId.get('incident-1-1')).toEqual([
      'How is an incident recorded?',
      'Where is it kept?',
    ]);
    expect(byId.get('change-2-2')).toEqual(BUILT_IN_QUESTIONS['change-2-2']);
    expect(byId.get('incident-2-1')).toEqual(levelQuestions(2));
  });

  it('names the bad fields of csip.questions', () => {
    expect(() =>
      readMaturityModel(
        new ConfigReader({
          csip: {
            questions: [
              { criterionId: 'Change-1-1', questions: ['What?', 'How?'] },
              { criterionId: 'change-1-2', questions: ['What?'] },
              {
                criterionId: 'change-1-3',
                questions: ['What?', 'x'.repeat(501)],
              },
            ],
          },
        }),
      ),
    ).toThrow(
      /^Invalid csip.questions: 0.criterionId: must be a lower-case id such as change-2-3; 1.questions: needs at least two questions; 2.questions.1: must be at most 500 characters$/,
    );
  });

  it('refuses questions for the same criterion twice', () => {
    const entry = { criterionId: 'change-1-1', questions: ['What?', 'How?'] };
    expect(() =>
      readMaturityModel(
        new ConfigReader({ csip: { questions: [entry, entry] } }),
      ),
    ).toThrow(
      'Invalid csip.questions: 1.criterionId: questions for change-1-1 are given twice',
    );
  });

  it('refuses questions for a criterion the model does not have', () => {
    expect(() =>
      readMaturityModel(
        new ConfigReader({
          csip: {
            questions: [
              { criterionId: 'change-1-1', questions: ['What?', 'How?'] },
              { criterionId: 'incident-1-1', questions: ['What?', 'How?'] },
            ],
          },
        }),
      ),
    ).toThrow(
      "Invalid csip.questions: 1.criterionId: no criterion 'incident-1-1' in the maturity model",
    );
  });
});
