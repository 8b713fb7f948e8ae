import {
  applySuggestion,
  checkTone,
  TONE_CATEGORY_LABELS,
  type ToneFinding,
} from '@csip-coach/plugin-csip-common';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ReactNode, useEffect, useId, useMemo, useRef } from 'react';
import { useToneOptions } from './useToneOptions';

/** Why a phrase was flagged, in small print under it. */
const Why = ({ children }: { children: ReactNode }) => (
  <Typography
    variant="caption"
    color="text.secondary"
    component="p"
    sx={{ m: 0 }}
  >
    {children}
  </Typography>
);

/** @internal */
export type ToneTextFieldProps = {
  /** The visible label, which is also the input's accessible name. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Moves focus to the field when it appears, e.g. a row just added. */
  autoFocus?: boolean;
  required?: boolean;
  /** A validation message, shown instead of the tone summary. */
  error?: string;
  /** Shown below the input when there is neither an error nor a finding. */
  helperText?: string;
};

/** "1 wording to reconsider", "2 wordings to reconsider". */
export function wordingsToReconsider(count: number): string {
  return `${count} wording${count === 1 ? '' : 's'} to reconsider`;
}

/** A thicker, warning-coloured outline and helper text; words say the same. */
const WARNING_SX = {
  '& .MuiOutlinedInput-notchedOutline': {
    borderColor: 'warning.main',
    borderWidth: 2,
  },
  '& .MuiFormHelperText-root': { color: 'warning.dark' },
};

const HelperLine = ({ icon, text }: { icon: ReactNode; text: string }) => (
  <Box component="span" sx={{ display: 'inline-flex', gap: 0.5 }}>
    {icon}
    <span>{text}</span>
  </Box>
);

/**
 * A multiline field for review text that runs the tone checker locally on
 * every change, with the portal's `csip.tone` additions (the same options
 * the backend uses). Each finding is listed below the field with its
 * category, why the wording gets in the way of coaching, and a button that
 * replaces the phrase with the coaching rephrasing in one click.
 *
 * @internal
 */
export const ToneTextField = ({
  label,
  value,
  onChange,
  autoFocus,
  required,
  error,
  helperText,
}: ToneTextFieldProps) => {
  const id = useId();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const tone = useToneOptions();
  const findings = useMemo(() => checkTone(value, tone), [value, tone]);
  const helperId = `${id}-helper-text`;
  const findingsId = `${id}-findings`;
  const warn = findings.length > 0 && !error;

  // Focus on mount, such as for an entry the coach has just added.
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const apply = (finding: ToneFinding) => {
    onChange(applySuggestion(value, finding));
    inputRef.current?.focus();
  };

  let helper: ReactNode = helperText;
  if (error) {
    helper = (
      <HelperLine
        icon={<ErrorOutlineIcon fontSize="inherit" aria-hidden />}
        text={error}
      />
    );
  } else if (findings.length > 0) {
    helper = (
      <HelperLine
        icon={<WarningAmberIcon fontSize="inherit" aria-hidden />}
        text={wordingsToReconsider(findings.length)}
      />
    );
  }

  return (
    <Box>
      <TextField
        id={id}
        label={label}
        value={value}
        onChange={e => onChange(e.target.value)}
        inputRef={inputRef}
        required={required}
        multiline
        minRows={2}
        fullWidth
        error={Boolean(error)}
        helperText={helper}
        sx={warn ? WARNING_SX : undefined}
        inputProps={{
          'aria-describedby':
            [helper ? helperId : undefined, findingsId]
              .filter(Boolean)
              .join(' ') || undefined,
        }}
      />
      <Box id={findingsId} aria-live="polite">
        {findings.length > 0 && (
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
            {findings.map(finding => {
              const category = TONE_CATEGORY_LABELS[finding.category];
              return (
                <Box
                  component="li"
                  key={`${finding.start}-${finding.phrase}`}
                  sx={{
                    display: 'flex',
                    gap: 1,
                    alignItems: 'flex-start',
                    flexWrap: 'wrap',
                    py: 0.5,
                  }}
                >
                  <Box sx={{ flex: '1 1 16rem' }}>
                    <Typography variant="body2">
                      <WarningAmberIcon
                        fontSize="inherit"
                        aria-hidden
                        sx={{ verticalAlign: 'middle', mr: 0.5 }}
                      />
                      “{finding.phrase}” — {category.label}
                    </Typography>
                    <Why>{category.why}</Why>
                    {finding.why && finding.why !== category.why && (
                      <Why>{finding.why}</Why>
                    )}
                  </Box>
                  <Button
                    size="small"
                    variant="outlined"
                    onClick={() => apply(finding)}
                  >
                    Use “{finding.suggestion}”
                  </Button>
                </Box>
              );
            })}
          </Box>
        )}
      </Box>
    </Box>
  );
};
