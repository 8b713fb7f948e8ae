import Box from '@mui/material/Box';
import type { FieldErrors } from '../../../util/formIssues';
import { RepeatableRows } from '../../shared';
import { ReviewFieldSection } from '../ReviewFieldSection';
import { ToneTextField } from '../ToneTextField';

/** @internal */
export type ReviewListFieldProps = {
  /** The section heading, such as "Strengths — what is working". */
  title: string;
  /** What one entry is called, such as "Strength"; rows are numbered. */
  itemLabel: string;
  /** The form field, such as `strengths`, whose errors are `strengths.0`. */
  field: string;
  value: string[];
  onChange: (value: string[]) => void;
  errors: FieldErrors;
  /** One line on what to write, below the heading. */
  help: string;
  /** What the empty list tells the coach to do. */
  emptyText: string;
};

/**
 * A list of review texts, such as strengths or observations: one
 * tone-checked field per entry, with add and remove.
 *
 * @internal
 */
export const ReviewListField = ({
  title,
  itemLabel,
  field,
  value,
  onChange,
  errors,
  help,
  emptyText,
}: ReviewListFieldProps) => {
  return (
    <ReviewFieldSection title={title} help={help}>
      <RepeatableRows
        value={value}
        onChange={onChange}
        itemLabel={itemLabel}
        newRow={() => ''}
        field={field}
        errors={errors}
        emptyText={emptyText}
        labelRows={false}
        renderRow={({ item: text, number, set, error }) => (
          <Box sx={{ flex: 1 }}>
            <ToneTextField
              label={`${itemLabel} ${number}`}
              value={text}
              onChange={set}
              error={error()}
            />
          </Box>
        )}
      />
    </ReviewFieldSection>
  );
};
