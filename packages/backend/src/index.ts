import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

// Several instances over one PostgreSQL: every plugin's migrations wait for
// each other instead of failing (see modules/multiInstanceDatabase).
backend.add(import('./modules/multiInstanceDatabase'));

backend.add(import('@backstage/plugin-app-backend'));

// auth: guest sign-in for the demo portal (see https://backstage.io/docs/auth/guest/provider)
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// DEMO ONLY: sign in as a demo user (coach, sponsor, ...). Inactive unless
// auth.providers.demo-persona is configured; see docs/demo-personas.md.
backend.add(import('./modules/demoPersonas'));

// catalog: teams, users and systems from examples/
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// permissions (replace the allow-all policy with your own in production)
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

backend.add(import('@csip-coach/plugin-csip-backend'));

// notifications: stores what plugins send through notificationService (the
// CSIP Coach reminders) for the portal's /notifications page; signals push
// new ones to open pages at once instead of on the page's next load.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.start();
