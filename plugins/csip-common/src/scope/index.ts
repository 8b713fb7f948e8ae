export * from './scopeSchema';
export * from './scopeAgreement';
export * from './diffScope';
export * from './builtInProcesses';
