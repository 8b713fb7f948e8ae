/**
 * Whether a feedback round's closing day has passed by `today`
 * (`YYYY-MM-DD`): a round takes answers up to and including `closesOn`,
 * and a new round cannot close before today.
 *
 * @public
 */
export function isRoundClosed(
  round: { closesOn: string },
  today: string = new Date().toISOString().slice(0, 10),
): boolean {
  return round.closesOn < today;
}
