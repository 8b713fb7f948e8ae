/*
 * Demo personas: sign in to the DEMO portal as one of the demo catalog users.
 *
 * UNSAFE FOR PRODUCTION. Whoever can reach the backend can be any of the
 * listed users by sending one header. See docs/demo-personas.md.
 */
import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  createProxyAuthenticator,
  ProfileTransform,
  SignInResolver,
} from '@backstage/plugin-auth-node';

/** The id of the auth provider: `auth.providers.demo-persona`. */
export const DEMO_PERSONA_PROVIDER_ID = 'demo-persona';

/** The request header that names the persona, e.g. `user:default/alex.coach`. */
export const DEMO_PERSONA_HEADER = 'x-csip-demo-persona';

/** The result of a successful persona authentication. */
export type DemoPersonaResult = {
  /** The full, lower-case user entity ref of the persona. */
  userEntityRef: string;
};

/** What the authenticator reads once from `auth.providers.demo-persona`. */
export type DemoPersonaContext = {
  personas: Set<string>;
  /** Set when used outside development without the explicit opt-in. */
  disabledReason?: string;
};

function normalizeUserRef(ref: string): string {
  return stringifyEntityRef(
    parseEntityRef(ref.trim(), {
      defaultKind: 'user',
      defaultNamespace: 'default',
    }),
  ).toLocaleLowerCase('en-US');
}

/** Reads the allowed personas of `auth.providers.demo-persona`. */
export function readDemoPersonaContext(config: Config): DemoPersonaContext {
  const personas = new Set<string>();
  for (const ref of config.getOptionalStringArray('personas') ?? []) {
    const normalized = normalizeUserRef(ref);
    if (!normalized.startsWith('user:')) {
      throw new InputError(
        `auth.providers.${DEMO_PERSONA_PROVIDER_ID}.personas must list users, got '${ref}'`,
      );
    }
    personas.add(normalized);
  }
  const allowOutsideDev =
    config.getOptionalBoolean('dangerouslyAllowOutsideDevelopment') === true;
  const disabledReason =
    process.env.NODE_ENV !== 'development' && !allowOutsideDev
      ? `The ${DEMO_PERSONA_PROVIDER_ID} provider cannot be used outside of a development environment unless 'auth.providers.${DEMO_PERSONA_PROVIDER_ID}.dangerouslyAllowOutsideDevelopment' is enabled`
      : undefined;
  return { personas, disabledReason };
}

/**
 * Accepts a request whose `x-csip-demo-persona` header names one of the
 * configured personas; refuses everything else.
 */
export const demoPersonaAuthenticator = createProxyAuthenticator<
  DemoPersonaContext,
  DemoPersonaResult,
  undefined
>({
  defaultProfileTransform: async () => ({ profile: {} }),
  initialize({ config }) {
    return readDemoPersonaContext(config);
  },
  async authenticate({ req }, ctx) {
    if (ctx.disabledReason) {
      throw new NotAllowedError(ctx.disabledReason);
    }
    const header = req.get(DEMO_PERSONA_HEADER);
    if (!header) {
      throw new NotAllowedError(`Missing ${DEMO_PERSONA_HEADER} header`);
    }
    let userEntityRef: string;
    try {
      userEntityRef = normalizeUserRef(header);
    } catch {
      throw new NotAllowedError(`Invalid persona '${header}'`);
    }
    if (!ctx.personas.has(userEntityRef)) {
      throw new NotAllowedError(`'${header}' is not a configured demo persona`);
    }
    return { result: { userEntityRef } };
  },
});

/** Shows the persona's display name and e-mail from the catalog, if any. */
export const demoPersonaProfileTransform: ProfileTransform<
  DemoPersonaResult
> = async (result, ctx) => {
  try {
    const { entity } = await ctx.findCatalogUser({
      entityRef: result.userEntityRef,
    });
    const profile = (entity.spec?.profile ?? {}) as {
      displayName?: string;
      email?: string;
      picture?: string;
    };
    return {
      profile: {
        displayName: profile.displayName ?? entity.metadata.title,
        email: profile.email,
        picture: profile.picture,
      },
    };
  } catch {
    return { profile: {} };
  }
};

/**
 * Signs in as the persona's catalog user (with its group memberships); falls
 * back to a token owning only the user when the user is not in the catalog.
 */
export const demoPersonaSignInResolver: SignInResolver<
  DemoPersonaResult
> = async ({ result }, ctx) => {
  try {
    return await ctx.signInWithCatalogUser({
      entityRef: result.userEntityRef,
    });
  } catch {
    return ctx.issueToken({
      claims: { sub: result.userEntityRef, ent: [result.userEntityRef] },
    });
  }
};
