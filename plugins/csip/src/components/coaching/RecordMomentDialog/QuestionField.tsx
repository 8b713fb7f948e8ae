import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import {
  type Control,
  Controller,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import type { QuestionOption } from './momentDraft';

/** @internal */
export type QuestionFieldProps<Draft extends FieldValues, Body> = {
  control: Control<Draft, unknown, Body>;
  name: FieldPath<Draft>;
  /** The question bank of the chosen process; empty before one is chosen. */
  options: QuestionOption[];
  /** Whether a process is chosen, for what to say when there are no options. */
  processChosen: boolean;
  error?: string;
};

const label = (option: string | QuestionOption) =>
  typeof option === 'string' ? option : option.question;

/**
 * "Question asked": free text, with the question bank of the chosen
 * process's criteria offered as the person types or opens the list (arrow
 * down), grouped by criterion. Choosing a question fills the field, which
 * can then be changed like any text.
 *
 * @internal
 */
export function QuestionField<Draft extends FieldValues, Body = Draft>({
  control,
  name,
  options,
  processChosen,
  error,
}: QuestionFieldProps<Draft, Body>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Autocomplete<QuestionOption, false, false, true>
          freeSolo
          options={options}
          groupBy={option => option.group}
          getOptionLabel={label}
          isOptionEqualToValue={(option, value) =>
            option.question === label(value)
          }
          value={field.value || null}
          inputValue={field.value}
          onInputChange={(_event, text) => field.onChange(text)}
          onChange={(_event, chosen) =>
            field.onChange(chosen ? label(chosen) : '')
          }
          noOptionsText={
            processChosen
              ? 'No question of the bank matches; keep your own words'
              : 'Choose the process to see its question bank'
          }
          renderOption={(props, option) => (
            <li {...props} key={option.key}>
              {option.question}
            </li>
          )}
          renderInput={params => (
            <TextField
              {...params}
              inputRef={field.ref}
              onBlur={field.onBlur}
              label="Question asked"
              error={Boolean(error)}
              helperText={
                error ??
                'Optional. An open question the team answered; pick one from the question bank of the process’s criteria, or write your own.'
              }
            />
          )}
        />
      )}
    />
  );
}
