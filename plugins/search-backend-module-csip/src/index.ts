/**
 * A Backstage search module that indexes CSIP Coach programmes.
 *
 * @packageDocumentation
 */

export { searchModuleCsipCollator as default } from './module';
export * from './collators';
