/**
 * Shared zod schemas and pure domain rules of CSIP Coach, used by both the
 * backend and the frontend plugin.
 *
 * @packageDocumentation
 */

export * from './approach';
export * from './permissions';
export * from './phase';
export * from './programme';
export * from './scope';
export * from './validation';
