import type { ProgrammeCreate } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { VISIBILITY_NAMES } from '../../../util/labels';
import {
  FieldGroup,
  RepeatableRows,
  RowTextField,
  type RowsFieldProps,
} from '../../shared';

/** @internal */
export type BusinessDriver = ProgrammeCreate['businessDrivers'][number];

/** @internal */
export type BusinessDriversFieldProps = RowsFieldProps<BusinessDriver>;

/**
 * The business drivers of a programme: rows of text with their visibility
 * (obvious or hidden), added and removed one at a time.
 *
 * @internal
 */
export const BusinessDriversField = (props: BusinessDriversFieldProps) => {
  return (
    <FieldGroup
      legend="Business drivers"
      helpId="csip-business-drivers-help"
      help={
        <>
          What the business wants from the programme. <em>Obvious</em> drivers
          are the ones people state openly (fewer failed changes);{' '}
          <em>hidden</em> drivers are real but rarely said out loud (passing
          next year’s audit).
        </>
      }
    >
      <RepeatableRows
        {...props}
        itemLabel="Business driver"
        newRow={(): BusinessDriver => ({ text: '', visibility: 'obvious' })}
        field="businessDrivers"
        addDescribedBy="csip-business-drivers-help"
        renderRow={row => {
          const { item: driver, index, update } = row;
          const visibilityLabelId = `csip-driver-${index}-visibility`;
          return (
            <>
              <RowTextField
                row={row}
                name="text"
                label="Business driver"
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
    </FieldGroup>
  );
};
