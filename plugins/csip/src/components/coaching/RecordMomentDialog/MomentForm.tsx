import { useApi } from '@backstage/frontend-plugin-api';
import {
  COACHING_MIX_TARGET,
  MOMENT_CONTEXT_LABELS,
  MOMENT_KIND_LABELS,
  momentContextKindSchema,
  momentCreateSchema,
  momentKindSchema,
  type MaturityModel,
  type Moment,
  type Programme,
  type ScopeView,
} from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { csipApiRef } from '../../../api';
import {
  DialogForm,
  FieldGroup,
  FormTextField,
  type FormTextFieldProps,
  OwnerField,
  useFormDialog,
} from '../../shared';
import { FormRadioField } from '../FormRadioField';
import {
  emptyMoment,
  momentBody,
  type MomentDraft,
  processChoices,
  questionOptions,
  wordMomentProblems,
} from './momentDraft';
import { QuestionField } from './QuestionField';

/** @internal */
export type MomentFormProps = {
  titleId: string;
  programme: Programme;
  model: MaturityModel;
  /** The programme's scope, whose processes are offered first. */
  scope?: ScopeView;
  onClose: () => void;
  onRecorded: (moment: Moment) => void;
};

const LONG_TEXT = { multiline: true, minRows: 2 };

/** The fields of the form that are plain text (or a date). */
type TextFieldName =
  | 'context.ref'
  | 'context.title'
  | 'observation'
  | 'answer'
  | 'commitment.text'
  | 'commitment.followUpOn';

/** Optional fields that belong together, under their legend. */
const Fields = ({
  legend,
  help,
  children,
}: {
  legend: string;
  help: string;
  children: ReactNode;
}) => (
  <FieldGroup legend={legend} help={help}>
    <Stack spacing={2} sx={{ pt: 1 }}>
      {children}
    </Stack>
  </FieldGroup>
);

const KIND_OPTIONS = momentKindSchema.options.map(value => ({
  value,
  label: MOMENT_KIND_LABELS[value],
}));

/**
 * The fields of a coaching moment, checked with the common
 * `momentCreateSchema` and recorded as the signed-in user. Only the
 * process, the kind and the observation are needed; the rest is there
 * when the moment has it.
 *
 * @internal
 */
export const MomentForm = ({
  titleId,
  programme,
  model,
  scope,
  onClose,
  onRecorded,
}: MomentFormProps) => {
  const csipApi = useApi(csipApiRef);
  const { inScope, others } = useMemo(
    () => processChoices(model, scope),
    [model, scope],
  );
  const dialog = useFormDialog({
    schema: momentCreateSchema,
    defaultValues: emptyMoment(inScope.length === 1 ? inScope[0].id : ''),
    toBody: momentBody,
    check: wordMomentProblems,
    onSubmit: async body =>
      onRecorded(await csipApi.recordMoment(programme.id, body)),
  });
  const { control, message } = dialog;
  const process = useWatch({ control, name: 'process' });
  const bank = useMemo(
    () => questionOptions(model.processes.find(p => p.id === process)),
    [model, process],
  );
  /** A text field of the form, showing its own problem. */
  const text = (
    name: TextFieldName,
    label: string,
    props: Partial<
      Omit<FormTextFieldProps<MomentDraft>, 'control' | 'name'>
    > = {},
  ) => (
    <FormTextField
      control={control}
      name={name}
      label={label}
      error={message(name)}
      {...props}
    />
  );
  const processOption = (p: { id: string; name: string }) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  );

  return (
    <DialogForm
      form={dialog}
      titleId={titleId}
      title="Record a coaching moment"
      failure="The moment was not recorded"
      intro={
        <Typography variant="body2">
          A short note of coaching where the work happens: what you observed,
          the question you asked and the team’s own answer. Only the process,
          the kind and the observation are needed.
        </Typography>
      }
      submitLabel="Record"
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
        {inScope.length > 0 ? (
          <>
            <optgroup label="In scope">{inScope.map(processOption)}</optgroup>
            {others.length > 0 && (
              <optgroup label="Other processes">
                {others.map(processOption)}
              </optgroup>
            )}
          </>
        ) : (
          others.map(processOption)
        )}
      </FormTextField>
      <FormRadioField
        control={control}
        name="kind"
        legend="Kind"
        required
        row
        options={KIND_OPTIONS}
        error={message('kind')}
        helperText={`In the work: at a change, a release or a CAB meeting, as it happens. The aim is ${COACHING_MIX_TARGET} in the work for each scheduled session.`}
      />
      <Fields
        legend="Where it happened"
        help="Optional: the piece of work the moment is tied to."
      >
        <FormTextField
          control={control}
          name="context.kind"
          nativeSelect
          label="Kind of work"
          error={message('context.kind')}
        >
          <option value="">Not tied to a piece of work</option>
          {momentContextKindSchema.options.map(kind => (
            <option key={kind} value={kind}>
              {MOMENT_CONTEXT_LABELS[kind]}
            </option>
          ))}
        </FormTextField>
        {text('context.ref', 'Reference', {
          helperText: 'Its id in your own tool, such as CHG0031245.',
        })}
        {text('context.title', 'Title')}
      </Fields>
      {text('observation', 'Observation', {
        required: true,
        ...LONG_TEXT,
        helperText: 'What you saw or heard, in plain, non-judgemental words.',
      })}
      <QuestionField
        control={control}
        name="question"
        options={bank}
        processChosen={Boolean(process)}
        error={message('question')}
      />
      {text('answer', 'The team’s answer', {
        ...LONG_TEXT,
        helperText: 'Optional. In their own words.',
      })}
      <Fields
        legend="Commitment"
        help="Optional: what the team commits to, who sees it through and when to follow it up."
      >
        {text('commitment.text', 'What the team commits to', LONG_TEXT)}
        <OwnerField
          control={control}
          name="commitment.owner"
          programme={programme}
          emptyLabel="Choose…"
          error={message('commitment.owner')}
        />
        {text('commitment.followUpOn', 'Follow up on', {
          type: 'date',
          helperText: 'The day to ask how it went.',
        })}
      </Fields>
    </DialogForm>
  );
};
