export * from './maturityModelSchema';
export * from './maturityViewSchema';
export * from './builtInMaturityModel';
export * from './computeLevel';
export * from './calibrationGap';
export * from './describeLevel';
export * from './summariseMaturity';
