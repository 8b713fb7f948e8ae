import { describeSource } from '../actions/ActionsTab/actionFilters';
import {
  describeFeedbackSource,
  describeSeverity,
  groupName,
} from './feedbackWords';
import { organisationLines } from './OpenRoundDialog';

describe('feedback words', () => {
  it.each([
    [null, 'Not shown (fewer than 3 answers)'],
    [0, '0 (Not a barrier)'],
    [2, '2 (Significant)'],
    [1.5, '1.5 (between Minor and Significant)'],
  ])('describes a mean severity of %p', (mean, words) => {
    expect(describeSeverity(mean)).toBe(words);
  });

  it('names the group of small organisations', () => {
    expect(groupName('other')).toBe('Other organisations');
    expect(groupName('Client IT')).toBe('Client IT');
  });

  it('says an action came from feedback, and on which barrier', () => {
    const source = { type: 'feedback' as const, barrier: 'mistrust' as const };
    expect(describeFeedbackSource(source)).toBe(
      'From partnership feedback: Mistrust',
    );
    expect(describeSource(source)).toBe('From partnership feedback: Mistrust');
    expect(describeSource({ type: 'feedback' })).toBe(
      'From partnership feedback',
    );
  });

  it('reads organisations one per line, blank lines left out', () => {
    expect(organisationLines(' Client IT \n\nAcme\n')).toEqual([
      'Client IT',
      'Acme',
    ]);
  });
});
