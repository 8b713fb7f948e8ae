import type { ProgrammeCreate } from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FieldErrors } from '../../../util/formIssues';
import { VISIBILITY_NAMES } from '../../../util/labels';

/** @internal */
export type BusinessDriver = ProgrammeCreate['businessDrivers'][number];

/** @internal */
export type BusinessDriversFieldProps = {
  value: BusinessDriver[];
  onChange: (value: BusinessDriver[]) => void;
  /** Errors of the whole form, keyed like `businessDrivers.0.text`. */
  errors: FieldErrors;
};

/**
 * The business drivers of a programme: rows of text with their visibility
 * (obvious or hidden), added and removed one at a time.
 *
 * @internal
 */
export const BusinessDriversField = ({
  value,
  onChange,
  errors,
}: BusinessDriversFieldProps) => {
  const update = (index: number, change: Partial<BusinessDriver>) =>
    onChange(value.map((d, i) => (i === index ? { ...d, ...change } : d)));

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle1">
        Business drivers
      </Typography>
      <Typography
        id="csip-business-drivers-help"
        variant="body2"
        color="text.secondary"
        gutterBottom
      >
        What the business wants from the programme. <em>Obvious</em> drivers are
        the ones people state openly (fewer failed changes); <em>hidden</em>{' '}
        drivers are real but rarely said out loud (passing next year’s audit).
      </Typography>
      <Stack spacing={2}>
        {value.map((driver, index) => {
          const number = index + 1;
          const visibilityLabelId = `csip-driver-${index}-visibility`;
          return (
            <Box
              key={index}
              role="group"
              aria-label={`Business driver ${number}`}
              sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}
            >
              <TextField
                label="Business driver"
                value={driver.text}
                onChange={e => update(index, { text: e.target.value })}
                error={Boolean(errors[`businessDrivers.${index}.text`])}
                helperText={errors[`businessDrivers.${index}.text`]}
                sx={{ flex: 1 }}
              />
              <Box>
                <Typography
                  id={visibilityLabelId}
                  variant="caption"
                  color="text.secondary"
                >
                  Visibility
                </Typography>
                <RadioGroup
                  row
                  aria-labelledby={visibilityLabelId}
                  value={driver.visibility}
                  onChange={e =>
                    update(index, {
                      visibility: e.target
                        .value as BusinessDriver['visibility'],
                    })
                  }
                >
                  {(['obvious', 'hidden'] as const).map(visibility => (
                    <FormControlLabel
                      key={visibility}
                      value={visibility}
                      control={<Radio size="small" />}
                      label={VISIBILITY_NAMES[visibility]}
                    />
                  ))}
                </RadioGroup>
              </Box>
              <IconButton
                aria-label={`Remove business driver ${number}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Box>
          );
        })}
      </Stack>
      <Button
        startIcon={<AddIcon />}
        onClick={() =>
          onChange([...value, { text: '', visibility: 'obvious' }])
        }
        sx={{ mt: 1 }}
        aria-describedby="csip-business-drivers-help"
      >
        Add business driver
      </Button>
    </Box>
  );
};
