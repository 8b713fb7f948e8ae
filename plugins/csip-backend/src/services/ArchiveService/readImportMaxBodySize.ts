import type { Config } from '@backstage/config';

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/**
 * The largest body `POST /import` takes by default: 50 MB. An export of
 * 1,000 published reviews of each of the three built-in processes, every
 * criterion rated with evidence, is 18,756,851 bytes (17.9 MB; measured by
 * `archiveRoutes.large.test.ts`), so this leaves more than twice that as
 * headroom. Every other route takes 1 MB.
 *
 * @internal
 */
export const DEFAULT_IMPORT_MAX_BODY_SIZE = 50 * MB;

/** The least `csip.import.maxBodySize` may be: what every route takes. */
const MIN_IMPORT_MAX_BODY_SIZE = MB;

/** The most it may be: a JSON text Node.js can still hold as one string. */
const MAX_IMPORT_MAX_BODY_SIZE = 500 * MB;

const UNITS: Record<string, number> = { b: 1, kb: KB, mb: MB, gb: GB };

/**
 * A size in bytes as people write it: `52428800`, `'50mb'`, `'512kb'`,
 * `'1.5gb'` (units of 1024, as Express's body parser reads them); undefined
 * for anything else.
 *
 * @internal
 */
export function parseByteSize(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value > 0 ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = UNITS[(match[2] ?? 'b').toLocaleLowerCase('en-US')];
  return Math.floor(Number(match[1]) * unit);
}

/**
 * A size in bytes in the unit people read best, e.g. `50 MB`, `1.5 MB`.
 *
 * @internal
 */
export function formatByteSize(bytes: number): string {
  const show = (size: number, unit: string) =>
    `${Number.isInteger(size) ? size : size.toFixed(1)} ${unit}`;
  if (bytes >= MB) return show(bytes / MB, 'MB');
  if (bytes >= KB) return show(bytes / KB, 'KB');
  return show(bytes, 'bytes');
}

/**
 * Reads `csip.import.maxBodySize`: how large a programme export
 * `POST /import` takes, in bytes ({@link DEFAULT_IMPORT_MAX_BODY_SIZE} when
 * unset). A value that is not a size from 1 MB to 500 MB stops the backend
 * with a message naming it.
 *
 * @internal
 */
export function readImportMaxBodySize(config: Config): number {
  const key = 'csip.import.maxBodySize';
  const value = config.getOptional(key);
  if (value === undefined) return DEFAULT_IMPORT_MAX_BODY_SIZE;
  const bytes = parseByteSize(value);
  if (
    bytes === undefined ||
    bytes < MIN_IMPORT_MAX_BODY_SIZE ||
    bytes > MAX_IMPORT_MAX_BODY_SIZE
  ) {
    throw new Error(
      `Invalid ${key}: must be a size from 1mb to 500mb, such as '50mb' or a number of bytes, got ${JSON.stringify(
        value,
      )}`,
    );
  }
  return bytes;
}
