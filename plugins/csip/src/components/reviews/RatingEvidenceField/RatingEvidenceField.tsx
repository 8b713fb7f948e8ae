import {
  EVIDENCE_SOURCE_NAMES,
  evidenceSourceSchema,
  type RatingEvidence,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';
import { RepeatableRows, RowTextField } from '../../shared';
import type { FieldErrors } from '../../../util/formIssues';
import { ToneTextField } from '../ToneTextField';

/** @internal */
export type RatingEvidenceFieldProps = {
  /** What the evidence is for, such as the criterion's text; names the group. */
  label: string;
  value: readonly RatingEvidence[];
  onChange: (evidence: RatingEvidence[]) => void;
  /** The form field, such as `ratings.3.evidence`, whose errors it shows. */
  field: string;
  errors?: FieldErrors;
};

const newEvidence = (): RatingEvidence => ({ kind: 'observation', note: '' });

/**
 * The evidence behind one rating, "note where you looked": rows of the kind
 * of source, a note on what was seen (tone-checked) and an optional link,
 * added with "Add evidence" and removed one at a time. Without evidence it
 * is only the button, which keeps a table of many criteria light; the first
 * piece added takes the focus.
 *
 * @internal
 */
export const RatingEvidenceField = ({
  label,
  value,
  onChange,
  field,
  errors,
}: RatingEvidenceFieldProps) => {
  const groupRef = useRef<HTMLDivElement>(null);
  const [addedFirst, setAddedFirst] = useState(false);
  useEffect(() => {
    if (!addedFirst) return;
    groupRef.current?.querySelector<HTMLElement>('select')?.focus();
    setAddedFirst(false);
  }, [addedFirst]);

  return (
    <Box ref={groupRef} role="group" aria-label={`Evidence for ${label}`}>
      {value.length === 0 ? (
        <Button
          size="small"
          disableRipple
          onClick={() => {
            setAddedFirst(true);
            onChange([newEvidence()]);
          }}
        >
          Add evidence
        </Button>
      ) : (
        <RepeatableRows
          value={value}
          onChange={onChange}
          itemLabel="Evidence"
          newRow={newEvidence}
          field={field}
          errors={errors}
          spacing={1}
          renderRow={row => (
            <Stack spacing={1} sx={{ flex: 1, minWidth: '14rem' }}>
              <RowTextField
                row={row}
                name="kind"
                label="Kind of evidence"
                nativeSelect
                size="small"
              >
                {evidenceSourceSchema.options.map(kind => (
                  <option key={kind} value={kind}>
                    {EVIDENCE_SOURCE_NAMES[kind]}
                  </option>
                ))}
              </RowTextField>
              <ToneTextField
                label="Evidence note"
                value={row.item.note}
                onChange={note => row.update({ note })}
                error={row.error('note')}
                helperText="Where you looked and what you saw."
              />
              <TextField
                label="Link (optional)"
                type="url"
                size="small"
                value={row.item.link ?? ''}
                onChange={e => row.update({ link: e.target.value })}
                error={Boolean(row.error('link'))}
                helperText={
                  row.error('link') ?? 'A web address starting with https://'
                }
              />
            </Stack>
          )}
        />
      )}
    </Box>
  );
};
