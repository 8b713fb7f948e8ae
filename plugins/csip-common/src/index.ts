/**
 * Shared zod schemas and pure domain rules of CSIP Coach, used by both the
 * backend and the frontend plugin.
 *
 * @packageDocumentation
 */

export * from './programme';
export * from './validation';
