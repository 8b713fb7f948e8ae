/**
 * Generic coaching questions for each capability level 1 to 5, given to a
 * criterion an admin adds under `csip.processes` without questions of its
 * own. Open, non-leading questions in the spirit of powerful questions
 * (DiCalogero) and in-the-work coaching: they invite the team to describe
 * what happens, never to agree with a verdict.
 *
 * @public
 */
export const LEVEL_QUESTIONS: Readonly<Record<number, readonly string[]>> = {
  1: [
    'What does this look like in the day-to-day work of the team today?',
    'Where would a visitor see this happening, and who would they ask about it?',
    'What helps this happen, and what gets in its way?',
  ],
  2: [
    'How is this planned and followed up, and who looks after it?',
    'What happens when the plan and the work start to drift apart?',
    'Where are the records of this kept, and how do people find the current version?',
  ],
  3: [
    'How does the documented way of working show up in the work of each team?',
    'What would a new team member use to learn how this is done here?',
    'How do teams adapt the standard process to their own service, and who agrees to it?',
  ],
  4: [
    'What measures tell you how this is going, and how often does the team look at them?',
    'How do you know whether a result is within the range you expect?',
    'What happens after a result moves outside the expected range?',
  ],
  5: [
    'What evidence guides which improvement the team tries next?',
    'How do you find out whether an improvement made the difference you hoped for?',
    'Who else would benefit from hearing what the team learned from its last experiment?',
  ],
};

/**
 * The generic coaching questions of a capability level (1 to 5), as a new
 * array; empty for any other level.
 *
 * @public
 */
export function levelQuestions(level: number): string[] {
  return [...(LEVEL_QUESTIONS[level] ?? [])];
}
