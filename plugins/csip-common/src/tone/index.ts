export * from './toneSchema';
export * from './tonePhrases';
export * from './checkTone';
export * from './toneConfig';
export { preloadToneModel } from './toneNlp';
