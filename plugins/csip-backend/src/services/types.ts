import type { BackstageCredentials } from '@backstage/backend-plugin-api';

/** Who is calling: credentials for permission checks, and their user ref. @internal */
export type Caller = {
  credentials: BackstageCredentials;
  userRef: string;
};
