import { useApi } from '@backstage/frontend-plugin-api';
import {
  levelName,
  SELF_ASSESSMENT_GROUP_MIN,
  selfAssessmentCreateSchema,
  type MaturityModel,
  type Programme,
  type SelfAssessmentRecorded,
} from '@csip-coach/plugin-csip-common';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { csipApiRef } from '../../../api';
import { formatLocalDate } from '../../../util/formatDate';
import { DialogForm, FormTextField, useFormDialog } from '../../shared';
import { useSelfAssessmentSummary } from '../useSelfAssessmentSummary';
import { CriterionRatingField } from './CriterionRatingField';
import {
  draftRatings,
  selfAssessmentBody,
  type SelfAssessmentDraft,
  wordSelfAssessmentProblems,
} from './selfAssessmentDraft';

/** @internal */
export type SelfAssessmentFormProps = {
  titleId: string;
  title: string;
  programme: Programme;
  model: MaturityModel;
  /** The process to start with, if any. */
  initialProcess?: string;
  onClose: () => void;
  onRecorded: (recorded: SelfAssessmentRecorded, processName: string) => void;
};

const RATINGS_ERROR_ID = 'csip-self-assess-ratings-error';

/**
 * The fields of a self-assessment, checked with the common
 * `selfAssessmentCreateSchema` and recorded as the signed-in user: the
 * process, each of its criteria rated (by level; unrated ones are left
 * out) and whether to answer anonymously. The person's earlier answer of
 * the round is filled in, and answering again replaces it.
 *
 * @internal
 */
export const SelfAssessmentForm = ({
  titleId,
  title,
  programme,
  model,
  initialProcess = '',
  onClose,
  onRecorded,
}: SelfAssessmentFormProps) => {
  const csipApi = useApi(csipApiRef);
  const processName = (id: string) =>
    model.processes.find(p => p.id === id)?.name ?? id;
  const dialog = useFormDialog({
    schema: selfAssessmentCreateSchema,
    defaultValues: {
      process: initialProcess,
      anonymous: false,
      ratings: draftRatings(model.processes.find(p => p.id === initialProcess)),
    } as SelfAssessmentDraft,
    toBody: selfAssessmentBody,
    check: wordSelfAssessmentProblems,
    onSubmit: async body =>
      onRecorded(
        await csipApi.recordSelfAssessment(programme.id, body),
        processName(body.process),
      ),
  });
  const { control, message, form } = dialog;
  const process = useWatch({ control, name: 'process' });
  const definition = useMemo(
    () => model.processes.find(p => p.id === process),
    [model, process],
  );
  const summary = useSelfAssessmentSummary(programme.id, process || undefined);
  const mine =
    summary.value?.process === process ? summary.value?.mine : undefined;
  const { setValue } = form;
  // A new process, or the person's earlier answer of it: rate from there.
  useEffect(() => {
    setValue('ratings', draftRatings(definition, mine));
    if (mine) setValue('anonymous', mine.anonymous);
  }, [definition, mine, setValue]);

  const levels = [...new Set(definition?.criteria.map(c => c.level))].sort(
    (a, b) => a - b,
  );
  const ratingsError = message('ratings');

  return (
    <DialogForm
      form={dialog}
      titleId={titleId}
      title={title}
      failure="Your self-assessment was not recorded"
      intro={
        <Typography variant="body2">
          Before the review, rate where your process stands as you see it. The
          coach sees the team’s spread and median beside their own rating, never
          who answered what. Rate only the criteria you can judge.
        </Typography>
      }
      submitLabel="Submit self-assessment"
      onCancel={onClose}
    >
      <FormTextField
        control={control}
        name="process"
        nativeSelect
        label="Process"
        required
        error={message('process')}
      >
        <option value="">Choose…</option>
        {model.processes.map(p => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </FormTextField>
      {mine && (
        <Alert severity="info">
          You answered on {formatLocalDate(mine.answeredAt)}
          {mine.anonymous ? ', anonymously' : ''}. Submitting again replaces
          that answer.
        </Alert>
      )}
      <Controller
        control={control}
        name="anonymous"
        render={({ field }) => (
          <Stack spacing={0}>
            <FormControlLabel
              control={
                <Checkbox
                  checked={field.value}
                  onChange={e => field.onChange(e.target.checked)}
                  inputProps={{
                    'aria-describedby': 'csip-self-assess-anonymous-help',
                  }}
                />
              }
              label="Answer anonymously"
            />
            <FormHelperText id="csip-self-assess-anonymous-help">
              Nobody sees who gave an anonymous answer. It counts only once at
              least {SELF_ASSESSMENT_GROUP_MIN} people have answered this
              process.
            </FormHelperText>
          </Stack>
        )}
      />
      {ratingsError && (
        <Typography id={RATINGS_ERROR_ID} color="error" variant="body2">
          {ratingsError}
        </Typography>
      )}
      {definition &&
        levels.map(level => (
          <Stack
            key={level}
            component="section"
            spacing={1.5}
            aria-label={`Level ${levelName(level)}`}
          >
            <Typography variant="subtitle2" component="h3">
              Level {levelName(level)}
            </Typography>
            {definition.criteria.map((criterion, index) =>
              criterion.level === level ? (
                <CriterionRatingField
                  key={criterion.id}
                  control={control}
                  index={index}
                  criterion={criterion}
                />
              ) : null,
            )}
          </Stack>
        ))}
    </DialogForm>
  );
};
