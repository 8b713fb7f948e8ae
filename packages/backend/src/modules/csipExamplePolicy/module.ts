import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  CsipExamplePolicy,
  examplePolicyOptionsFromConfig,
} from './CsipExamplePolicy';

/**
 * An example permission policy for a portal with CSIP Coach (see
 * `CsipExamplePolicy` and docs/permissions.md). Add it to the backend in
 * place of the allow-all policy module:
 *
 * ```ts
 * backend.add(import('./modules/csipExamplePolicy'));
 * ```
 *
 * A backend has one permission policy, so it replaces the allow-all policy
 * rather than joining it. Copy this directory to change the rules.
 *
 * @public
 */
export const permissionModuleCsipExamplePolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'csip-example-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        userInfo: coreServices.userInfo,
        config: coreServices.rootConfig,
      },
      async init({ policy, userInfo, config }) {
        // Everyone reads every programme unless `csip.examplePolicy.
        // membersOnlyRead` is true; only `group:default/portal-admins`
        // imports unless `csip.examplePolicy.importGroups` names others.
        policy.setPolicy(
          new CsipExamplePolicy({
            userInfo,
            ...examplePolicyOptionsFromConfig(config),
          }),
        );
      },
    });
  },
});
