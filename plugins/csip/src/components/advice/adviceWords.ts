import type {
  AdviceEntry,
  AdviceResponseValue,
} from '@csip-coach/plugin-csip-common';

/** A recorded response in words: "Adopted", "Deferred", "Declined". */
export const ADVICE_RESPONSE_RECORDED: Record<AdviceResponseValue, string> = {
  adopt: 'Adopted',
  defer: 'Deferred',
  decline: 'Declined',
};

/**
 * How the team has responded to the suggestions, counted and never judged:
 * "2 adopted, 1 deferred, 1 declined; 3 without a response yet".
 */
export function describeAdviceCounts(entries: readonly AdviceEntry[]): string {
  const count = (value: AdviceResponseValue) =>
    entries.filter(e => e.latest?.response === value).length;
  const awaiting = entries.filter(e => !e.latest).length;
  const answered = `${count('adopt')} adopted, ${count(
    'defer',
  )} deferred, ${count('decline')} declined`;
  if (awaiting === 0) return answered;
  return `${answered}; ${awaiting} without a response yet`;
}
