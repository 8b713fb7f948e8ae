export * from './permissions';
export * from './programmeActionRules';
