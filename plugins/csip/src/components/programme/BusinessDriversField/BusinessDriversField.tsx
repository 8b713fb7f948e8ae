import type { ProgrammeCreate } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { FieldErrors } from '../../../util/formIssues';
import { VISIBILITY_NAMES } from '../../../util/labels';
import { RepeatableRows } from '../../shared';

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
      <RepeatableRows
        value={value}
        onChange={onChange}
        itemLabel="Business driver"
        newRow={(): BusinessDriver => ({ text: '', visibility: 'obvious' })}
        field="businessDrivers"
        errors={errors}
        addDescribedBy="csip-business-drivers-help"
        renderRow={({ item: driver, index, update, error }) => {
          const visibilityLabelId = `csip-driver-${index}-visibility`;
          return (
            <>
              <TextField
                label="Business driver"
                value={driver.text}
                onChange={e => update({ text: e.target.value })}
                error={Boolean(error('text'))}
                helperText={error('text')}
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
                    update({
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
            </>
          );
        }}
      />
    </Box>
  );
};
