import {
  EVIDENCE_SOURCE_NAMES,
  evidenceSourceSchema,
  LED_BY_NAMES,
  ledBySchema,
  type EvidenceSource,
  type LedBy,
} from '@csip-coach/plugin-csip-common';
import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import type { FieldErrors } from '../../../util/formIssues';

/** The review's details: when, who led it, who took part, the evidence. */
export type ReviewDetails = {
  date: string;
  ledBy: LedBy;
  participants: string[];
  evidence: EvidenceSource[];
};

/** @internal */
export type ReviewDetailsFieldsProps = {
  value: ReviewDetails;
  onChange: (change: Partial<ReviewDetails>) => void;
  /** Errors of the whole form, keyed like `participants.0`. */
  errors: FieldErrors;
  /** Names offered for participants, such as the programme's members. */
  participantOptions: string[];
  /**
   * Why the signed-in user may not record a review led that way (a lead
   * records team-led reviews only): those options are disabled and the
   * reason is said under them. Every option is open when not given.
   */
  ledByNotAllowed?: Partial<Record<LedBy, string>>;
};

const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** The first message about a field or any of its items. */
function messageFor(errors: FieldErrors, field: string): string | undefined {
  const key = Object.keys(errors).find(
    k => k === field || k.startsWith(`${field}.`),
  );
  return key && errors[key];
}

/**
 * The date of the review, who led it (options the signed-in user may not
 * record disabled, with the reason), the participants (free-text names,
 * entered as chips) and the sources of evidence.
 *
 * @internal
 */
export const ReviewDetailsFields = ({
  value,
  onChange,
  errors,
  participantOptions,
  ledByNotAllowed = {},
}: ReviewDetailsFieldsProps) => {
  const ledById = useId();
  const ledByWhyId = `${ledById}-why`;
  const closed = ledBySchema.options.filter(
    l => ledByNotAllowed[l] && l !== value.ledBy,
  );
  const ledByWhy = [...new Set(closed.map(l => ledByNotAllowed[l]!))]
    .map(asSentence)
    .join(' ');
  const participantsError = messageFor(errors, 'participants');
  const evidenceError = messageFor(errors, 'evidence');
  return (
    <Stack spacing={3}>
      <TextField
        label="Date of the review"
        type="date"
        required
        InputLabelProps={{ shrink: true }}
        value={value.date}
        onChange={e => onChange({ date: e.target.value })}
        error={Boolean(errors.date)}
        helperText={errors.date}
        sx={{ maxWidth: 240 }}
      />
      <FormControl error={Boolean(errors.ledBy)}>
        <FormLabel id={ledById}>Who led it</FormLabel>
        <RadioGroup
          row
          aria-labelledby={ledById}
          value={value.ledBy}
          onChange={e => onChange({ ledBy: e.target.value as LedBy })}
        >
          {ledBySchema.options.map(ledBy => {
            const notAllowed = closed.includes(ledBy);
            return (
              <FormControlLabel
                key={ledBy}
                value={ledBy}
                disabled={notAllowed}
                control={
                  <Radio
                    inputProps={
                      notAllowed
                        ? { 'aria-describedby': ledByWhyId }
                        : undefined
                    }
                  />
                }
                label={LED_BY_NAMES[ledBy]}
              />
            );
          })}
        </RadioGroup>
        {errors.ledBy && <FormHelperText>{errors.ledBy}</FormHelperText>}
        {ledByWhy && (
          <FormHelperText id={ledByWhyId} error={false}>
            {`${closed.map(l => LED_BY_NAMES[l]).join(', ')}: ${ledByWhy}`}
          </FormHelperText>
        )}
      </FormControl>
      <Autocomplete
        multiple
        freeSolo
        autoSelect
        options={participantOptions.filter(
          o => !value.participants.includes(o),
        )}
        value={value.participants}
        onChange={(_event, names) =>
          onChange({
            participants: [
              ...new Set(names.map(n => n.trim()).filter(Boolean)),
            ],
          })
        }
        renderInput={params => (
          <TextField
            {...params}
            label="Participants"
            error={Boolean(participantsError)}
            helperText={
              participantsError ??
              'Type a name and press Enter; add everyone who took part.'
            }
          />
        )}
      />
      <FormControl
        component="fieldset"
        error={Boolean(evidenceError)}
        variant="standard"
      >
        <FormLabel component="legend">Evidence sources</FormLabel>
        <FormGroup row>
          {evidenceSourceSchema.options.map(source => (
            <FormControlLabel
              key={source}
              label={EVIDENCE_SOURCE_NAMES[source]}
              control={
                <Checkbox
                  checked={value.evidence.includes(source)}
                  onChange={e =>
                    onChange({
                      evidence: e.target.checked
                        ? evidenceSourceSchema.options.filter(
                            s => s === source || value.evidence.includes(s),
                          )
                        : value.evidence.filter(s => s !== source),
                    })
                  }
                />
              }
            />
          ))}
        </FormGroup>
        <FormHelperText>
          {evidenceError ?? 'Where what you found came from.'}
        </FormHelperText>
      </FormControl>
    </Stack>
  );
};
