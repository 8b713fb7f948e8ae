import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { Config } from '@backstage/config';

/** `csip.permissions.readDecisionCacheSeconds` when it is not set. @internal */
export const DEFAULT_READ_DECISION_CACHE_SECONDS = 5;

/**
 * Reads `csip.permissions.readDecisionCacheSeconds`: how long the policy's
 * answer to "may this caller read programmes" is reused for lists (0 turns
 * the reuse off). A whole number from 0 to 300; anything else stops the
 * backend at start-up with a message naming the setting.
 *
 * @internal
 */
export function readDecisionCacheSeconds(config: Config): number {
  const key = 'csip.permissions.readDecisionCacheSeconds';
  const value = config.getOptional(key);
  if (value === undefined) return DEFAULT_READ_DECISION_CACHE_SECONDS;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > 300
  ) {
    throw new InputError(
      `Invalid ${key}: ${JSON.stringify(
        value,
      )} is not a whole number of seconds from 0 to 300`,
    );
  }
  return value;
}

/**
 * Who a decision was made for, as far as a policy can tell: the principal
 * and its access restrictions, and the expiry of the credentials (a new
 * sign-in, which may carry new group memberships, gets new credentials and
 * so its own entry). Undefined for callers whose decisions are not reused.
 */
function credentialsKey(credentials: BackstageCredentials): string | undefined {
  const principal = credentials.principal as
    | {
        type?: string;
        userEntityRef?: string;
        subject?: string;
        actor?: { subject?: string };
        accessRestrictions?: unknown;
      }
    | undefined;
  const expires = credentials.expiresAt?.getTime() ?? 'none';
  if (principal?.type === 'user' && principal.userEntityRef) {
    return JSON.stringify([
      'user',
      principal.userEntityRef,
      principal.actor?.subject ?? null,
      expires,
    ]);
  }
  if (principal?.type === 'service' && principal.subject) {
    return JSON.stringify([
      'service',
      principal.subject,
      principal.accessRestrictions ?? null,
      expires,
    ]);
  }
  return undefined;
}

/**
 * Reuses the portal policy's read decision for the same credentials for a
 * few seconds, so that a page which lists programmes several times (the
 * portfolio, the roll-up, "For you", the search collator's pages) asks the
 * permission backend once rather than once per request. Only the read
 * permission of lists goes through it: every write, and every check of one
 * programme, asks the policy each time. A decision is reused for at most
 * `ttlMs`; a failed call is not kept. At most `maxEntries` callers are
 * remembered (the oldest are forgotten first).
 *
 * @internal
 */
export class ReadDecisionCache<T> {
  private readonly entries = new Map<
    string,
    { expires: number; value: Promise<T> }
  >();

  constructor(
    private readonly options: {
      ttlMs: number;
      maxEntries?: number;
      now?: () => number;
    },
  ) {}

  async get(
    credentials: BackstageCredentials,
    load: () => Promise<T>,
  ): Promise<T> {
    const key =
      this.options.ttlMs > 0 ? credentialsKey(credentials) : undefined;
    if (key === undefined) return load();
    const now = (this.options.now ?? Date.now)();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    if (hit) this.entries.delete(key);

    const value = load();
    this.entries.set(key, { expires: now + this.options.ttlMs, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    const max = this.options.maxEntries ?? 10_000;
    while (this.entries.size > max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}
