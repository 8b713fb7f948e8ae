/**
 * A follow-up is due when nobody has recorded its outcome and its date is
 * `today` (an ISO date) or earlier.
 *
 * @public
 */
export function isFollowUpDue(
  followUp: { followUpOn: string; outcome?: string | null },
  today: string = new Date().toISOString().slice(0, 10),
): boolean {
  return !followUp.outcome && followUp.followUpOn <= today;
}
