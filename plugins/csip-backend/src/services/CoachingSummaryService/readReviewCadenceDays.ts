import { Config } from '@backstage/config';
import { DEFAULT_REVIEW_CADENCE_DAYS } from '@csip-coach/plugin-csip-common';

/**
 * How many days apart a programme in `sustain` runs its own reviews, from
 * `csip.sustain.reviewCadenceDays` (90 by default). Anything but a whole
 * number of days from 1 to 3650 stops the backend with a message naming
 * the setting.
 *
 * @internal
 */
export function readReviewCadenceDays(config: Config): number {
  const key = 'csip.sustain.reviewCadenceDays';
  const days = config.getOptionalNumber(key);
  if (days === undefined) return DEFAULT_REVIEW_CADENCE_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new Error(
      `Invalid ${key}: must be a whole number of days from 1 to 3650, got ${days}`,
    );
  }
  return days;
}
