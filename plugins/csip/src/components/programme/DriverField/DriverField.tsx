import type { Programme } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { DRIVER_DESCRIPTIONS, DRIVER_NAMES } from '../../../util/labels';

/** The programme drivers, in the order offered. */
export const DRIVERS = ['strategic', 'operational'] as const;

/** A driver, or none chosen yet. */
export type DriverDraft = Programme['driver'] | '';

/** @internal */
export type DriverFieldProps = {
  value: DriverDraft;
  onChange: (value: DriverDraft) => void;
  error?: string;
  disabled?: boolean;
};

/**
 * Why the programme exists: strategic or operational, each with what it
 * means under it (the radio's description).
 *
 * @internal
 */
export const DriverField = ({
  value,
  onChange,
  error,
  disabled,
}: DriverFieldProps) => {
  const id = useId();
  const labelId = `${id}-label`;
  return (
    <FormControl error={Boolean(error)} disabled={disabled}>
      <FormLabel id={labelId}>Driver</FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        value={value}
        onChange={e => onChange(e.target.value as DriverDraft)}
      >
        {DRIVERS.map(driver => (
          <Box key={driver}>
            <FormControlLabel
              value={driver}
              control={
                <Radio
                  inputProps={{
                    'aria-describedby': `${id}-${driver}-help`,
                  }}
                />
              }
              label={DRIVER_NAMES[driver]}
            />
            <Typography
              id={`${id}-${driver}-help`}
              variant="body2"
              color="text.secondary"
              sx={{ ml: 4, mt: -1, mb: 1 }}
            >
              {DRIVER_DESCRIPTIONS[driver]}
            </Typography>
          </Box>
        ))}
      </RadioGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
};
