import FilterAltOffOutlinedIcon from '@mui/icons-material/FilterAltOffOutlined';
import Button from '@mui/material/Button';

/** @internal */
export type ClearFiltersButtonProps = {
  /** Quiet beside the filters; outlined where it is the next step. */
  variant: 'text' | 'outlined';
  onClick: () => void;
  disabled?: boolean;
};

/**
 * Removes every filter of the portfolio, and the search.
 *
 * @internal
 */
export const ClearFiltersButton = ({
  variant,
  onClick,
  disabled,
}: ClearFiltersButtonProps) => (
  <Button
    variant={variant}
    startIcon={<FilterAltOffOutlinedIcon aria-hidden />}
    onClick={onClick}
    disabled={disabled}
  >
    Clear filters
  </Button>
);
