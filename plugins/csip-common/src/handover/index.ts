export * from './handoverSchema';
export * from './handoverTemplate';
export * from './handoverScores';
export * from './handoverLabels';
