import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import homePlugin from '@backstage/plugin-home/alpha';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import signalsPlugin from '@backstage/plugin-signals/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import csipPlugin from '@csip-coach/plugin-csip';
import { navModule } from './modules/nav';
import { demoPersonasModule } from './modules/demoPersonas';
import { homeModule } from './modules/home';

export default createApp({
  features: [
    catalogPlugin,
    homePlugin,
    homeModule,
    orgPlugin,
    notificationsPlugin,
    signalsPlugin,
    userSettingsPlugin,
    csipPlugin,
    navModule,
    demoPersonasModule,
  ],
});
