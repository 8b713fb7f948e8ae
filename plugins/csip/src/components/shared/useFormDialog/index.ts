export { flattenErrors } from './checkDraft';
export type { BodySchema, DraftChecks } from './checkDraft';
export { fullStop, sentence } from './sentence';
export { isStale, useFormDialog } from './useFormDialog';
export type { FormDialogState, UseFormDialogOptions } from './useFormDialog';
