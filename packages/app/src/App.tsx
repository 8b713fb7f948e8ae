import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import csipPlugin from '@csip-coach/plugin-csip';
import { navModule } from './modules/nav';
import { demoPersonasModule } from './modules/demoPersonas';

export default createApp({
  features: [
    catalogPlugin,
    orgPlugin,
    userSettingsPlugin,
    csipPlugin,
    navModule,
    demoPersonasModule,
  ],
});
