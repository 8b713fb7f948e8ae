import { createFrontendModule } from '@backstage/frontend-plugin-api';
import homePlugin from '@backstage/plugin-home/alpha';

/**
 * The cards the home page starts with until the user edits it: the CSIP
 * "For you" card (the `CsipMyWork` widget of the csip plugin).
 */
export const DEFAULT_HOME_CARDS = [
  { component: 'CsipMyWork', column: 0, row: 0, width: 12, height: 8 },
];

/**
 * The portal's home page at `/` (the home plugin's page is at `/home`
 * otherwise, and nothing would answer at `/` after sign-in), starting with
 * the "For you" card. `app.extensions` config can still change both.
 */
export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [
    homePlugin.getExtension('page:home').override({
      factory(originalFactory, { config }) {
        return originalFactory({
          config: {
            ...config,
            path: config.path ?? '/',
            defaultConfig: config.defaultConfig ?? DEFAULT_HOME_CARDS,
          },
        });
      },
    }),
  ],
});
