import type { ConfigApi, IdentityApi } from '@backstage/frontend-plugin-api';

/** The auth provider of the personas (auth.providers.demo-persona). */
export const DEMO_PERSONA_PROVIDER = 'demo-persona';
/** The header that names the persona for that provider. */
export const DEMO_PERSONA_HEADER = 'x-csip-demo-persona';
/** Remembers the choice so that a reload keeps the same persona. */
export const DEMO_PERSONA_STORAGE_KEY = 'csip-coach:demo-persona';
/** The value stored for the Guest choice. */
export const GUEST_CHOICE = 'guest';

export type DemoPersona = {
  userRef: string;
  title: string;
  description?: string;
};

/** Reads `app.demoPersonas`; empty when not configured. */
export function readDemoPersonas(config: ConfigApi): DemoPersona[] {
  return (config.getOptionalConfigArray('app.demoPersonas') ?? []).map(p => ({
    userRef: p.getString('userRef'),
    title: p.getOptionalString('title') ?? p.getString('userRef'),
    description: p.getOptionalString('description'),
  }));
}

/** Wraps an identity so that signing out forgets the chosen persona. */
export function forgetChoiceOnSignOut(identity: IdentityApi): IdentityApi {
  const legacy = identity as IdentityApi & {
    getUserId?(): string;
    getIdToken?(): Promise<string | undefined>;
    getProfile?(): unknown;
  };
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    // used by older plugins through the legacy IdentityApi
    ...(legacy.getUserId && { getUserId: () => legacy.getUserId!() }),
    ...(legacy.getIdToken && { getIdToken: () => legacy.getIdToken!() }),
    ...(legacy.getProfile && { getProfile: () => legacy.getProfile!() }),
    signOut: async () => {
      localStorage.removeItem(DEMO_PERSONA_STORAGE_KEY);
      await identity.signOut();
    },
  };
}
