import { exportFileName, slugify } from './exportFileName';

describe('exportFileName', () => {
  it.each([
    ['Change management CSIP', 'change-management-csip'],
    ['Réseau & Change — 2027!', 'reseau-change-2027'],
    ['  --Release--  ', 'release'],
    ['!!!', 'programme'],
    ['a'.repeat(80), 'a'.repeat(60)],
  ])('slugifies “%s” as %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('names the file after the title and the day it was exported', () => {
    expect(
      exportFileName('Change management CSIP', '2026-11-24T12:00:00.000Z'),
    ).toBe('csip-change-management-csip-2026-11-24.json');
  });

  it('uses today when the export carries no usable date', () => {
    expect(exportFileName('Release', 'not a date')).toMatch(
      /^csip-release-\d{4}-\d{2}-\d{2}\.json$/,
    );
  });
});
