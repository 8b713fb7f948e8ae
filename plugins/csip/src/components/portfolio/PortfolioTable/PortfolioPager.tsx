import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** @internal */
export type PortfolioPagerProps = {
  /** 1-based position of the first and last programme shown. */
  first: number;
  last: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/**
 * "Showing 26–50" with Previous and Next buttons.
 *
 * @internal
 */
export const PortfolioPager = (props: PortfolioPagerProps) => (
  <Stack
    component="nav"
    aria-label="Pages of programmes"
    direction="row"
    spacing={2}
    alignItems="center"
    justifyContent="flex-end"
  >
    <Typography variant="body2" role="status">
      {`Showing ${props.first}–${props.last}`}
    </Typography>
    <Button
      startIcon={<NavigateBeforeIcon aria-hidden />}
      disabled={!props.hasPrevious}
      onClick={props.onPrevious}
    >
      Previous
    </Button>
    <Button
      endIcon={<NavigateNextIcon aria-hidden />}
      disabled={!props.hasNext}
      onClick={props.onNext}
    >
      Next
    </Button>
  </Stack>
);
