import {
  FieldGroup,
  RepeatableRows,
  RowTextField,
  type RowsFieldProps,
} from '../../shared';
import { MilestoneDraft } from './scopeDraft';

/** @internal */
export type MilestoneRowsProps = RowsFieldProps<MilestoneDraft>;

/**
 * The timetable: rows of a milestone and its date.
 *
 * @internal
 */
export const MilestoneRows = (props: MilestoneRowsProps) => {
  return (
    <FieldGroup legend="Milestones">
      <RepeatableRows
        {...props}
        itemLabel="Milestone"
        newRow={() => ({ title: '', date: '' })}
        field="milestones"
        emptyText="No milestones yet: add the dates the programme works towards."
        renderRow={row => (
          <>
            <RowTextField
              row={row}
              name="title"
              label="Milestone"
              sx={{ flex: 1 }}
            />
            <RowTextField row={row} name="date" label="Date" type="date" />
          </>
        )}
      />
    </FieldGroup>
  );
};
