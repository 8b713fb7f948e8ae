export * from './programmeSchema';
export * from './withCreatorAsLead';
