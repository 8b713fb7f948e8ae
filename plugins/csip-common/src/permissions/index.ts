export {
  CSIP_PROGRAMME_RESOURCE_TYPE,
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
  csipHandoverManagePermission,
  csipProgrammeImportPermission,
  csipPermissions,
} from './permissions';
export {
  holdsAnyRole,
  passesRoleRule,
  reviewAction,
  PROGRAMME_ACTION_RULES,
} from './programmeActionRules';
export type {
  ProgrammeActionRule,
  ProgrammeAction,
} from './programmeActionRules';
