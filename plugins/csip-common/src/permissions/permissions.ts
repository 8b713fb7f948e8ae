import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The resource type of a programme in the permission framework.
 *
 * @public
 */
export const CSIP_PROGRAMME_RESOURCE_TYPE = 'csip-programme';

/**
 * Create a programme.
 *
 * @public
 */
export const csipProgrammeCreatePermission = createPermission({
  name: 'csip.programme.create',
  attributes: { action: 'create' },
});

/**
 * See a programme and its records.
 *
 * @public
 */
export const csipProgrammeReadPermission = createPermission({
  name: 'csip.programme.read',
  attributes: { action: 'read' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Edit a programme and move it between phases.
 *
 * @public
 */
export const csipProgrammeUpdatePermission = createPermission({
  name: 'csip.programme.update',
  attributes: { action: 'update' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Record the implementation-approach decision of a programme.
 *
 * @public
 */
export const csipApproachDecidePermission = createPermission({
  name: 'csip.approach.decide',
  attributes: { action: 'create' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Every permission of CSIP Coach.
 *
 * @public
 */
export const csipPermissions = [
  csipProgrammeCreatePermission,
  csipProgrammeReadPermission,
  csipProgrammeUpdatePermission,
  csipApproachDecidePermission,
];
