import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import {
  DEMO_PERSONA_PROVIDER_ID,
  demoPersonaAuthenticator,
  demoPersonaProfileTransform,
  demoPersonaSignInResolver,
} from './authenticator';

/**
 * DEMO ONLY: the `demo-persona` auth provider. The auth backend only enables
 * it when `auth.providers.demo-persona` is present in the config; see
 * docs/demo-personas.md. Never configure it in production.
 */
export const authModuleDemoPersonas = createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-personas',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
      },
      async init({ providers, logger, config }) {
        if (config.has(`auth.providers.${DEMO_PERSONA_PROVIDER_ID}`)) {
          logger.warn(
            `The ${DEMO_PERSONA_PROVIDER_ID} auth provider is configured: anyone can sign in as the listed demo users. Never use it in production.`,
          );
        }
        providers.registerProvider({
          providerId: DEMO_PERSONA_PROVIDER_ID,
          factory: createProxyAuthProviderFactory({
            authenticator: demoPersonaAuthenticator,
            profileTransform: demoPersonaProfileTransform,
            signInResolver: demoPersonaSignInResolver,
          }),
        });
      },
    });
  },
});
