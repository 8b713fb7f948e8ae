import { describeDue, isOverdue } from './isOverdue';

describe('isOverdue', () => {
  it.each([
    ['open, due yesterday', '2026-11-22', 'open', true],
    ['in progress, due yesterday', '2026-11-22', 'in-progress', true],
    ['open, due today', '2026-11-23', 'open', false],
    ['open, due tomorrow', '2026-11-24', 'open', false],
    ['done, due yesterday', '2026-11-22', 'done', false],
    ['dropped, due long ago', '2025-01-01', 'dropped', false],
  ] as const)('%s → %s', (_name, dueDate, status, expected) => {
    expect(isOverdue({ dueDate, status }, '2026-11-23')).toBe(expected);
  });
});

describe('describeDue', () => {
  const today = '2026-11-23';
  it.each([
    ['2026-11-20', 'open', '3 days overdue'],
    ['2026-11-22', 'in-progress', '1 day overdue'],
    ['2026-11-23', 'open', 'due today'],
    ['2026-11-24', 'open', 'due in 1 day'],
    ['2026-12-03', 'open', 'due in 10 days'],
    ['2026-11-20', 'done', ''],
    ['2026-11-20', 'dropped', ''],
  ] as const)('%s %s → "%s"', (dueDate, status, expected) => {
    expect(describeDue({ dueDate, status }, today)).toBe(expected);
  });
});
