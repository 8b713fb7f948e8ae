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
 * Publish a new scope version (the programme's leads and coaches, by rule).
 *
 * @public
 */
export const csipScopePublishPermission = createPermission({
  name: 'csip.scope.publish',
  attributes: { action: 'create' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Agree or decline a scope version (its required approvers, by rule).
 *
 * @public
 */
export const csipScopeAgreePermission = createPermission({
  name: 'csip.scope.agree',
  attributes: { action: 'create' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Write, publish and amend maturity reviews (the programme's coaches, by rule).
 *
 * @public
 */
export const csipReviewWritePermission = createPermission({
  name: 'csip.review.write',
  attributes: { action: 'create' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Add and update actions of the action register (members, by rule).
 *
 * @public
 */
export const csipActionManagePermission = createPermission({
  name: 'csip.action.manage',
  attributes: { action: 'update' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Update handover items: mark them in progress or demonstrated (members, by rule).
 *
 * @public
 */
export const csipHandoverUpdatePermission = createPermission({
  name: 'csip.handover.update',
  attributes: { action: 'update' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Verify handover items (the programme's coaches, by rule).
 *
 * @public
 */
export const csipHandoverVerifyPermission = createPermission({
  name: 'csip.handover.verify',
  attributes: { action: 'update' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Keep the skills matrix and add custom handover items (leads and coaches, by rule).
 *
 * @public
 */
export const csipHandoverManagePermission = createPermission({
  name: 'csip.handover.manage',
  attributes: { action: 'update' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Record coaching between reviews: moments, follow-up outcomes, the team's
 * responses to advice and comments on reviews (by rule: see
 * `PROGRAMME_ACTION_RULES`).
 *
 * @public
 */
export const csipCoachingWritePermission = createPermission({
  name: 'csip.coaching.write',
  attributes: { action: 'update' },
  resourceType: CSIP_PROGRAMME_RESOURCE_TYPE,
});

/**
 * Import a programme from an export document (a portal admin's task: the
 * example policy limits it to an admin group). Imported records keep their
 * original authors and carry provenance.
 *
 * @public
 */
export const csipProgrammeImportPermission = createPermission({
  name: 'csip.programme.import',
  attributes: { action: 'create' },
});

/**
 * Every permission of CSIP Coach. The product's own role rules (only coaches
 * publish reviews, only approvers agree, …) always apply; a portal policy
 * can restrict each permission further, e.g. with the `HAS_PROGRAMME_ROLE`
 * rule.
 *
 * @public
 */
export const csipPermissions = [
  csipProgrammeCreatePermission,
  csipProgrammeReadPermission,
  csipProgrammeUpdatePermission,
  csipApproachDecidePermission,
  csipScopePublishPermission,
  csipScopeAgreePermission,
  csipReviewWritePermission,
  csipActionManagePermission,
  csipHandoverUpdatePermission,
  csipHandoverVerifyPermission,
  csipCoachingWritePermission,
  csipHandoverManagePermission,
  csipProgrammeImportPermission,
];
