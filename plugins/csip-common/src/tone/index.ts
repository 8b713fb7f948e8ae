export * from './toneSchema';
export * from './tonePhrases';
export * from './checkTone';
