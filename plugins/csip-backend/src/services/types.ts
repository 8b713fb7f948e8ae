import type { BackstageCredentials } from '@backstage/backend-plugin-api';

/** Who is calling: credentials for permission checks, and their user ref. @internal */
export type Caller = {
  credentials: BackstageCredentials;
  userRef: string;
  /**
   * The entity refs the user owns through (themselves and their groups),
   * from the user info service: whether they belong to a programme's owner.
   */
  ownershipRefs?: string[];
};
