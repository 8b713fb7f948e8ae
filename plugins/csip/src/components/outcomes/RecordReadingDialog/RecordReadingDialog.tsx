import { useApi } from '@backstage/frontend-plugin-api';
import {
  kpiReadingCreateSchema,
  type Kpi,
  type KpiReading,
} from '@csip-coach/plugin-csip-common';
import InputAdornment from '@mui/material/InputAdornment';
import Typography from '@mui/material/Typography';
import { csipApiRef } from '../../../api';
import { FormDialog, FormTextField, useFormDialog } from '../../shared';
import { formatKpiValue } from '../formatKpi';

/** @internal */
export type RecordReadingDialogProps = {
  programmeId: string;
  /** The KPI the reading is of. */
  kpi: Pick<Kpi, 'id' | 'name' | 'unit' | 'baseline' | 'target'>;
  onClose: () => void;
  /** Called with the reading the backend recorded. */
  onRecorded: (reading: KpiReading) => void;
};

type Draft = { on: string; value: string };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Records one reading of an outcome KPI: the day it was measured (today
 * unless changed) and the figure, as the signed-in sponsor, lead or coach.
 *
 * @internal
 */
export const RecordReadingDialog = ({
  programmeId,
  kpi,
  onClose,
  onRecorded,
}: RecordReadingDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const dialog = useFormDialog({
    schema: kpiReadingCreateSchema,
    defaultValues: { on: today(), value: '' } as Draft,
    toBody: ({ on, value }) => ({
      on,
      value: value.trim() === '' ? undefined : Number(value),
    }),
    check: (draft, found) => {
      if (found.value) {
        found.value =
          draft.value.trim() === ''
            ? 'Enter the figure measured'
            : 'Enter the figure as a number, such as 7.5';
      }
    },
    onSubmit: async body =>
      onRecorded(await csipApi.recordKpiReading(programmeId, kpi.id, body)),
  });
  const { control, message } = dialog;

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      titleId="csip-record-reading-title"
      title="Record a reading"
      failure="The reading was not recorded"
      countErrors={false}
      spacing={2}
      intro={
        <>
          <Typography variant="body1" fontWeight="bold">
            {kpi.name}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Baseline {formatKpiValue(kpi.baseline, kpi.unit)} · target{' '}
            {formatKpiValue(kpi.target, kpi.unit)}
          </Typography>
        </>
      }
      submitLabel="Record"
    >
      <FormTextField
        control={control}
        name="on"
        label="Measured on"
        type="date"
        required
        error={message('on')}
      />
      <FormTextField
        control={control}
        name="value"
        label="Value"
        type="number"
        required
        error={message('value')}
        helperText={kpi.unit ? `In ${kpi.unit}.` : undefined}
        InputProps={
          kpi.unit
            ? {
                endAdornment: (
                  <InputAdornment position="end">{kpi.unit}</InputAdornment>
                ),
              }
            : undefined
        }
        inputProps={{ step: 'any' }}
      />
    </FormDialog>
  );
};
