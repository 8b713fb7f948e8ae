import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

/**
 * Replaces the app's sign-in page: the default Guest page, plus demo
 * personas when `app.demoPersonas` is configured (DEMO ONLY).
 */
export const demoPersonasModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    SignInPageBlueprint.make({
      params: {
        loader: async () =>
          (await import('./DemoPersonaSignInPage')).DemoPersonaSignInPage,
      },
    }),
  ],
});
