import {
  KPI_DIRECTION_LABELS,
  kpiDirectionSchema,
} from '@csip-coach/plugin-csip-common';
import {
  FieldGroup,
  RepeatableRows,
  RowTextField,
  type RowsFieldProps,
} from '../../shared';
import { emptyKpi, KpiDraft, sentence } from './scopeDraft';

/** @internal */
export type KpiRowsProps = RowsFieldProps<KpiDraft> & {
  /** The objectives as the editor holds them now, one per line. */
  objectives: readonly string[];
};

/**
 * Outcome KPIs: rows of an objective (one of those above), the KPI's name
 * and unit, its baseline and target, and whether higher or lower is better.
 * A KPI the version already has keeps its id, so its readings follow it.
 *
 * @internal
 */
export const KpiRows = ({ objectives, ...props }: KpiRowsProps) => (
  <FieldGroup legend="Outcome KPIs">
    <RepeatableRows
      {...props}
      itemLabel="Key performance indicator"
      newRow={() => emptyKpi(objectives[0] ?? '')}
      field="kpis"
      wrap
      emptyText="No outcome KPIs yet: give an objective a measure with a baseline and a target to show progress toward the business outcome."
      renderRow={rowState => {
        const { item } = rowState;
        const options =
          item.objective && !objectives.includes(item.objective)
            ? [...objectives, item.objective]
            : objectives;
        return (
          <>
            <RowTextField
              row={rowState}
              name="objective"
              format={sentence}
              nativeSelect
              label="Objective"
              sx={{ minWidth: 220, flex: 1 }}
            >
              <option value="">Choose…</option>
              {options.map(objective => (
                <option key={objective} value={objective}>
                  {objective}
                </option>
              ))}
            </RowTextField>
            <RowTextField
              row={rowState}
              name="name"
              format={sentence}
              label="KPI name"
              sx={{ minWidth: 200, flex: 1 }}
            />
            <RowTextField
              row={rowState}
              name="unit"
              format={sentence}
              label="Unit"
              helperText="Such as % or minutes."
              sx={{ width: 120 }}
            />
            {(['baseline', 'target'] as const).map(field => (
              <RowTextField
                key={field}
                row={rowState}
                name={field}
                format={sentence}
                label={field === 'baseline' ? 'Baseline' : 'Target'}
                type="number"
                inputProps={{ step: 'any' }}
                sx={{ width: 120 }}
              />
            ))}
            <RowTextField
              row={rowState}
              name="direction"
              format={sentence}
              nativeSelect
              label="Better when"
              sx={{ minWidth: 170 }}
            >
              {kpiDirectionSchema.options.map(direction => (
                <option key={direction} value={direction}>
                  {KPI_DIRECTION_LABELS[direction]}
                </option>
              ))}
            </RowTextField>
          </>
        );
      }}
    />
  </FieldGroup>
);
