import { HANDOVER_TEMPLATE, missingTemplateItems } from './handoverTemplate';

const change = { id: 'change', name: 'Change management' };
const release = { id: 'release', name: 'Release management' };

describe('HANDOVER_TEMPLATE', () => {
  it('has at least 8 items across all six categories, some critical, with unique keys', () => {
    expect(HANDOVER_TEMPLATE.length).toBeGreaterThanOrEqual(8);
    expect(new Set(HANDOVER_TEMPLATE.map(i => i.category))).toEqual(
      new Set([
        'ownership',
        'documentation',
        'skills',
        'measurement',
        'governance',
        'continuity',
      ]),
    );
    expect(HANDOVER_TEMPLATE.some(i => i.critical)).toBe(true);
    expect(new Set(HANDOVER_TEMPLATE.map(i => i.key)).size).toBe(
      HANDOVER_TEMPLATE.length,
    );
    for (const item of HANDOVER_TEMPLATE) {
      expect(item.title.includes('{process}')).toBe(item.perProcess);
    }
  });
});

describe('missingTemplateItems', () => {
  it('creates every item, per-process ones once per process, on the first scope', () => {
    const items = missingTemplateItems([], [change, release]);
    const perProcess = HANDOVER_TEMPLATE.filter(i => i.perProcess).length;
    expect(items).toHaveLength(HANDOVER_TEMPLATE.length + perProcess);
    expect(items).toContainEqual(
      expect.objectContaining({
        templateKey: 'review-without-coach',
        process: 'release',
        title: 'The team ran a Release management review without the coach',
        critical: true,
      }),
    );
    expect(
      items.find(i => i.templateKey === 'next-phase-planned')!.process,
    ).toBeUndefined();
  });

  it('adds only the items of newly in-scope processes later', () => {
    const first = missingTemplateItems([], [change]);
    const later = missingTemplateItems(first, [change, release]);
    expect(later.map(i => i.process)).toEqual(
      HANDOVER_TEMPLATE.filter(i => i.perProcess).map(() => 'release'),
    );
    expect(
      missingTemplateItems([...first, ...later], [change, release]),
    ).toEqual([]);
  });

  it('ignores custom items', () => {
    expect(
      missingTemplateItems([{ process: 'change' }], [change]),
    ).toHaveLength(missingTemplateItems([], [change]).length);
  });
});
