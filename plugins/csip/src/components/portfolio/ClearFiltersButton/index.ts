export { ClearFiltersButton } from './ClearFiltersButton';
export type { ClearFiltersButtonProps } from './ClearFiltersButton';
