import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { EntityOption } from '../../../hooks/useEntityOptions';

/** @internal */
export type EntityPickerProps = {
  /** The visible label, which is also the input's accessible name. */
  label: string;
  options: EntityOption[];
  loading?: boolean;
  /** The chosen entity ref, or null when none is chosen. */
  value: string | null;
  onChange: (ref: string | null) => void;
  error?: string;
  /** Shown below the input when there is no error. */
  helperText?: string;
  disabled?: boolean;
};

function optionLabel(option: EntityOption) {
  return `${option.title} (${option.kind})`;
}

/**
 * Picks one catalog entity, showing each entity's title and kind. A value
 * that is not among the options (an entity since removed from the catalog)
 * is shown as its ref.
 *
 * @internal
 */
export const EntityPicker = (props: EntityPickerProps) => {
  const {
    label,
    options,
    loading,
    value,
    onChange,
    error,
    helperText,
    disabled,
  } = props;
  const selected = value
    ? options.find(option => option.ref === value) ?? {
        ref: value,
        title: value,
        kind: value.split(':')[0],
      }
    : null;

  return (
    <Autocomplete
      options={options}
      loading={loading}
      disabled={disabled}
      value={selected}
      onChange={(_event, option) => onChange(option?.ref ?? null)}
      getOptionLabel={optionLabel}
      isOptionEqualToValue={(option, current) => option.ref === current.ref}
      noOptionsText="No matching entity in the catalog"
      loadingText="Loading the catalog…"
      renderOption={(optionProps, option) => (
        <Box component="li" {...optionProps} key={option.ref}>
          <Box>
            <Typography variant="body2">{option.title}</Typography>
            <Typography variant="caption" color="text.secondary">
              {option.kind} · {option.ref}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={params => (
        <TextField
          {...params}
          label={label}
          error={Boolean(error)}
          helperText={error ?? helperText}
        />
      )}
    />
  );
};
