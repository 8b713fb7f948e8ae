import { isDueSoon } from './isDueSoon';

describe('isDueSoon', () => {
  const today = '2026-12-01';
  it.each([
    ['due today', '2026-12-01', 'open', true],
    ['due in 14 days', '2026-12-15', 'in-progress', true],
    ['due in 15 days', '2026-12-16', 'open', false],
    ['overdue is not due soon', '2026-11-30', 'open', false],
    ['done is never due soon', '2026-12-02', 'done', false],
    ['dropped is never due soon', '2026-12-02', 'dropped', false],
  ] as const)('%s', (_name, dueDate, status, expected) => {
    expect(isDueSoon({ dueDate, status }, today)).toBe(expected);
  });
});
