export * from './checkMembershipChange';
export * from './membershipChangeSchema';
export * from './programmeSchema';
export * from './withCreatorAsLead';
