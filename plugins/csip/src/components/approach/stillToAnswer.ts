/**
 * How many readiness questions are still to answer, as the end of a
 * sentence: "1 question is" or "3 questions are".
 *
 * @internal
 */
export function stillToAnswer(unanswered: number): string {
  return unanswered === 1 ? '1 question is' : `${unanswered} questions are`;
}
