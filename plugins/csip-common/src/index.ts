/**
 * Shared zod schemas and pure domain rules of CSIP Coach, used by both the
 * backend and the frontend plugin.
 *
 * @packageDocumentation
 */

export * from './actions';
export * from './approach';
export * from './archive';
export * from './handover';
export * from './labels';
export * from './maturity';
export * from './permissions';
export * from './phase';
export * from './programme';
export * from './review';
export * from './scope';
export * from './tone';
export * from './validation';
