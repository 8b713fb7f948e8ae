import { formatIssues } from '../validation/describeIssues';
import {
  reviewAmendmentSchema,
  reviewCreateSchema,
  reviewUpdateSchema,
} from './reviewSchema';

describe('reviewCreateSchema', () => {
  it('fills empty lists and "coach" as who led a new draft', () => {
    expect(
      reviewCreateSchema.parse({ process: 'change', date: '2026-11-23' }),
    ).toEqual({
      process: 'change',
      date: '2026-11-23',
      ledBy: 'coach',
      participants: [],
      evidence: [],
      ratings: [],
      strengths: [],
      observations: [],
      suggestions: [],
      actions: [],
    });
  });

  it('names every bad field', () => {
    const result = reviewCreateSchema.safeParse({
      process: 'Change!',
      date: '23/11/2026',
      ledBy: 'boss',
      evidence: ['interview', 'interview'],
      ratings: [
        { criterionId: 'change-1-1', coach: 'F' },
        { criterionId: 'change-1-1', coach: 'X' },
      ],
      suggestions: [{ technique: '', advice: 'Try it' }],
      actions: [
        { description: 'Do', owner: 'priya', measure: 'Done', dueDate: 'soon' },
      ],
    });
    expect(result.success).toBe(false);
    const message = formatIssues('Invalid review', result.error!);
    for (const field of [
      'process',
      'date',
      'ledBy',
      'evidence',
      'ratings.1.coach',
      'suggestions.0.technique',
      'actions.0.owner',
      'actions.0.dueDate',
    ]) {
      expect(message).toContain(field);
    }
  });

  it('refuses a criterion rated twice', () => {
    const result = reviewCreateSchema.safeParse({
      process: 'change',
      date: '2026-11-23',
      ratings: [
        { criterionId: 'change-1-1', coach: 'F' },
        { criterionId: 'change-1-1', coach: 'L' },
      ],
    });
    expect(formatIssues('Invalid review', result.error!)).toContain(
      'ratings.1.criterionId: change-1-1 is rated twice',
    );
  });
});

describe('reviewUpdateSchema', () => {
  it('needs the version and leaves out what is not sent', () => {
    expect(reviewUpdateSchema.safeParse({ strengths: [] }).success).toBe(false);
    expect(reviewUpdateSchema.parse({ version: 2, strengths: ['x'] })).toEqual({
      version: 2,
      strengths: ['x'],
    });
  });
});

describe('reviewAmendmentSchema', () => {
  it('needs a reason', () => {
    const result = reviewAmendmentSchema.safeParse({
      process: 'change',
      date: '2026-11-23',
    });
    expect(formatIssues('Invalid amendment', result.error!)).toContain(
      'reason',
    );
  });
});
