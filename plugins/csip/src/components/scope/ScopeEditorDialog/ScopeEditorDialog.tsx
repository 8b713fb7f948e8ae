import { useApi } from '@backstage/frontend-plugin-api';
import {
  scopeVersionCreateSchema,
  type ScopeVersion,
} from '@csip-coach/plugin-csip-common';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Controller } from 'react-hook-form';
import { csipApiRef } from '../../../api';
import {
  EntityOption,
  useEntityOptions,
} from '../../../hooks/useEntityOptions';
import type { FieldErrors } from '../../../util/formIssues';
import {
  FormDialog,
  FormRows,
  FormTextField,
  useFormDialog,
} from '../../shared';
import { KpiRows } from './KpiRows';
import { MilestoneRows } from './MilestoneRows';
import { ProcessRows } from './ProcessRows';
import {
  draftFrom,
  lines,
  scopeBody,
  scopeParseParams,
  sentence,
} from './scopeDraft';

const PERSON_KINDS = ['User'];

/** @internal */
export type ScopeEditorDialogProps = {
  programmeId: string;
  /** The current version, which the editor starts from; none for the first. */
  current?: ScopeVersion;
  onClose: () => void;
  /** Called with the version the backend published. */
  onPublished: (version: ScopeVersion) => void;
};

/** The first message about a field or any of its items, as a sentence. */
function messageFor(errors: FieldErrors, field: string): string | undefined {
  const key = Object.keys(errors).find(
    k => k === field || k.startsWith(`${field}.`),
  );
  return key && sentence(errors[key]);
}

/**
 * Publishes a new scope version, starting from the current one. Checked
 * with the common `scopeVersionCreateSchema` before it is sent, each
 * field's problem shown next to it, and the server's refusal (such as a
 * 403 for someone who is not a lead or coach) shown in the dialog.
 *
 * @internal
 */
export const ScopeEditorDialog = ({
  programmeId,
  current,
  onClose,
  onPublished,
}: ScopeEditorDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const people = useEntityOptions(PERSON_KINDS);
  const dialog = useFormDialog({
    schema: scopeVersionCreateSchema,
    defaultValues: draftFrom(current),
    toBody: scopeBody,
    parseParams: scopeParseParams,
    onSubmit: async body =>
      onPublished(await csipApi.publishScopeVersion(programmeId, body)),
  });
  const { control, errors } = dialog;
  const objectives = lines(dialog.form.watch('objectives'));

  const options: EntityOption[] = people.value ?? [];
  const optionFor = (ref: string): EntityOption =>
    options.find(
      o => o.ref.toLocaleLowerCase() === ref.toLocaleLowerCase(),
    ) ?? {
      ref,
      title: ref,
      kind: 'User',
    };
  const approversError = messageFor(errors, 'approvers');
  const amountField = (name: 'coachDays' | 'budget', label: string) => (
    <FormTextField
      control={control}
      name={name}
      label={label}
      type="number"
      inputProps={{ min: 0 }}
      error={messageFor(errors, `resources.${name}`)}
      helperText="Leave empty for none."
    />
  );
  const listField = (
    name: 'objectives' | 'outOfScope' | 'assumptions',
    label: string,
  ) => (
    <FormTextField
      control={control}
      name={name}
      label={label}
      multiline
      minRows={2}
      error={messageFor(errors, name)}
      helperText="One per line."
    />
  );

  return (
    <FormDialog
      form={dialog}
      onClose={onClose}
      maxWidth="md"
      titleId="csip-scope-editor-title"
      title="Publish new scope version"
      failure="The scope was not published"
      intro={
        <Alert severity="info">
          Sponsors are always approvers. Publishing supersedes the current
          version: every approver must agree the new version afresh.
        </Alert>
      }
      submitLabel="Publish"
    >
      <FormRows form={dialog} name="processes" rows={ProcessRows} />
      {listField('objectives', 'Objectives')}
      <Controller
        control={control}
        name="kpis"
        render={({ field }) => (
          <KpiRows
            value={field.value}
            onChange={field.onChange}
            errors={errors}
            objectives={objectives}
          />
        )}
      />
      {listField('outOfScope', 'Out of scope')}
      <FormRows form={dialog} name="milestones" rows={MilestoneRows} />
      <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
        {amountField('coachDays', 'Coach days')}
        {amountField('budget', 'Budget')}
      </Stack>
      <FormTextField
        control={control}
        name="notes"
        label="Resource notes"
        multiline
        minRows={2}
        error={messageFor(errors, 'resources.notes')}
      />
      {listField('assumptions', 'Assumptions')}
      <Controller
        control={control}
        name="approvers"
        render={({ field }) => (
          <Autocomplete
            multiple
            options={options}
            loading={people.loading}
            value={field.value.map(optionFor)}
            onChange={(_event, chosen) =>
              field.onChange(chosen.map(o => o.ref))
            }
            getOptionLabel={o => `${o.title} (${o.kind})`}
            isOptionEqualToValue={(o, v) => o.ref === v.ref}
            noOptionsText="No matching user in the catalog"
            loadingText="Loading the catalog…"
            renderInput={params => (
              <TextField
                {...params}
                label="Extra approvers"
                error={Boolean(approversError)}
                helperText={
                  approversError ??
                  'People besides the sponsors who must agree this version.'
                }
              />
            )}
          />
        )}
      />
    </FormDialog>
  );
};
