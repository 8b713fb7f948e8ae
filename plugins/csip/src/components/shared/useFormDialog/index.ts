export { flattenErrors } from './checkDraft';
export type { BodySchema, DraftChecks } from './checkDraft';
export { sentence } from './sentence';
export { isStale, useFormDialog } from './useFormDialog';
export type { FormDialogState, UseFormDialogOptions } from './useFormDialog';
