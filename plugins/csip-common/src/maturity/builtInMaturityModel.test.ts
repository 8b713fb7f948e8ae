import fs from 'fs';
import path from 'path';
import { BUILT_IN_PROCESSES } from '../scope/builtInProcesses';
import { checkTone } from '../tone/checkTone';
import { BUILT_IN_MATURITY_MODEL } from './builtInMaturityModel';
import { processDefinitionSchema } from './maturityModelSchema';

const LEVELS = [1, 2, 3, 4, 5];

const allCriteria = BUILT_IN_MATURITY_MODEL.flatMap(process =>
  process.criteria.map(criterion => ({ process: process.id, ...criterion })),
);

describe('BUILT_IN_MATURITY_MODEL', () => {
  it.each(BUILT_IN_MATURITY_MODEL.map(p => [p.id, p] as const))(
    '%s parses with processDefinitionSchema',
    (_id, process) => {
      const result = processDefinitionSchema.safeParse(process);
      expect(result.success).toBe(true);
      expect(result.data).toEqual(process);
    },
  );

  it('has the built-in processes, with the same ids and names, in order', () => {
    expect(
      BUILT_IN_MATURITY_MODEL.map(p => ({ id: p.id, name: p.name })),
    ).toEqual(BUILT_IN_PROCESSES.map(p => ({ id: p.id, name: p.name })));
  });

  it('gives every process a one-sentence description', () => {
    for (const process of BUILT_IN_MATURITY_MODEL) {
      expect(process.description).toMatch(/^[A-Z][^.]*\.$/);
    }
  });

  it('has criterion ids that are unique across the whole model', () => {
    const ids = allCriteria.map(c => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has criterion ids of the form <process>-<level>-<n> matching their level', () => {
    for (const criterion of allCriteria) {
      const match = /^([a-z][a-z0-9-]*)-([1-5])-([1-9][0-9]*)$/.exec(
        criterion.id,
      );
      expect(match).not.toBeNull();
      expect(match![1]).toBe(criterion.process);
      expect(Number(match![2])).toBe(criterion.level);
    }
  });

  it('numbers the criteria of each level 1, 2, 3, 4 in order', () => {
    for (const process of BUILT_IN_MATURITY_MODEL) {
      for (const level of LEVELS) {
        const ids = process.criteria
          .filter(c => c.level === level)
          .map(c => c.id);
        expect(ids).toEqual(
          [1, 2, 3, 4].map(n => `${process.id}-${level}-${n}`),
        );
      }
    }
  });

  it('has between 3 and 6 criteria (here exactly 4) for every level of every process', () => {
    for (const process of BUILT_IN_MATURITY_MODEL) {
      for (const level of LEVELS) {
        const count = process.criteria.filter(c => c.level === level).length;
        expect(count).toBeGreaterThanOrEqual(3);
        expect(count).toBeLessThanOrEqual(6);
        expect(count).toBe(4);
      }
      expect(process.criteria).toHaveLength(20);
    }
  });

  it('uses no judgmental or absolute words in criteria', () => {
    const flagged =
      /\b(always|never|failed|poor|everyone|nobody|completely|totally|should)\b/i;
    const offenders = allCriteria
      .filter(c => flagged.test(c.text))
      .map(c => `${c.id}: ${c.text}`);
    expect(offenders).toEqual([]);
  });

  it('starts each criterion with a capital and ends it with a full stop', () => {
    for (const criterion of allCriteria) {
      expect(criterion.text).toMatch(/^[A-Z].*\.$/);
      expect(criterion.text.trim()).toBe(criterion.text);
    }
  });

  it('lists every criterion id in the user guide', () => {
    const guide = fs.readFileSync(
      path.resolve(__dirname, '../../../../docs/user-guide/maturity-model.md'),
      'utf8',
    );
    const missing = allCriteria
      .map(c => c.id)
      .filter(
        id => !new RegExp(`(^|[^a-z0-9-])${id}([^a-z0-9-]|$)`, 'm').test(guide),
      );
    expect(missing).toEqual([]);
  });

  it('shows the same criterion text in the user guide as in the model', () => {
    const guide = fs
      .readFileSync(
        path.resolve(
          __dirname,
          '../../../../docs/user-guide/maturity-model.md',
        ),
        'utf8',
      )
      .replace(/\s+/g, ' ');
    const missing = allCriteria
      .filter(c => !guide.includes(`\`${c.id}\` | ${c.text}`))
      .map(c => c.id);
    expect(missing).toEqual([]);
  });

  it('words every criterion so that the tone checker finds nothing to flag', () => {
    const flagged = allCriteria
      .map(c => ({ id: c.id, findings: checkTone(c.text) }))
      .filter(c => c.findings.length > 0);
    expect(flagged).toEqual([]);
  });
});
