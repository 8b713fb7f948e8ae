import { FormErrorSummary } from '../../shared';
import { useApi } from '@backstage/frontend-plugin-api';
import type { ScopeVersion } from '@csip-coach/plugin-csip-common';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { FormEvent, useState } from 'react';
import { csipApiRef } from '../../../api';
import {
  EntityOption,
  useEntityOptions,
} from '../../../hooks/useEntityOptions';
import { errorMessage } from '../../../util/errorMessage';
import { FieldErrors, fieldErrors } from '../../../util/formIssues';
import { MilestoneRows } from './MilestoneRows';
import { ProcessRows } from './ProcessRows';
import { draftFrom, parseDraft, ScopeDraft, sentence } from './scopeDraft';

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
  const [draft, setDraft] = useState<ScopeDraft>(() => draftFrom(current));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<ScopeDraft>) =>
    setDraft(d => ({ ...d, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const parsed = parseDraft(draft);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      onPublished(await csipApi.publishScopeVersion(programmeId, parsed.data));
    } catch (error) {
      setServerError(errorMessage(error));
      setSaving(false);
    }
  };

  const options: EntityOption[] = people.value ?? [];
  const optionFor = (ref: string): EntityOption =>
    options.find(
      o => o.ref.toLocaleLowerCase() === ref.toLocaleLowerCase(),
    ) ?? {
      ref,
      title: ref,
      kind: 'User',
    };
  const errorCount = Object.keys(errors).length;
  const coachDaysError = messageFor(errors, 'resources.coachDays');
  const budgetError = messageFor(errors, 'resources.budget');
  const notesError = messageFor(errors, 'resources.notes');
  const approversError = messageFor(errors, 'approvers');
  const listField = (
    field: 'objectives' | 'outOfScope' | 'assumptions',
    label: string,
  ) => (
    <TextField
      label={label}
      value={draft[field]}
      onChange={e => set({ [field]: e.target.value })}
      multiline
      minRows={2}
      error={Boolean(messageFor(errors, field))}
      helperText={messageFor(errors, field) ?? 'One per line.'}
    />
  );

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="csip-scope-editor-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="csip-scope-editor-title">
          Publish new scope version
        </DialogTitle>
        <DialogContent>
          <Stack spacing={3} sx={{ pt: 1 }}>
            <Alert severity="info">
              Sponsors are always approvers. Publishing supersedes the current
              version: every approver must agree the new version afresh.
            </Alert>
            <FormErrorSummary
              errorCount={errorCount}
              serverError={serverError}
              failure="The scope was not published"
            />
            <ProcessRows
              value={draft.processes}
              onChange={processes => set({ processes })}
              errors={errors}
            />
            {listField('objectives', 'Objectives')}
            {listField('outOfScope', 'Out of scope')}
            <MilestoneRows
              value={draft.milestones}
              onChange={milestones => set({ milestones })}
              errors={errors}
            />
            <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
              <TextField
                label="Coach days"
                type="number"
                inputProps={{ min: 0 }}
                value={draft.coachDays}
                onChange={e => set({ coachDays: e.target.value })}
                error={Boolean(coachDaysError)}
                helperText={coachDaysError ?? 'Leave empty for none.'}
              />
              <TextField
                label="Budget"
                type="number"
                inputProps={{ min: 0 }}
                value={draft.budget}
                onChange={e => set({ budget: e.target.value })}
                error={Boolean(budgetError)}
                helperText={budgetError ?? 'Leave empty for none.'}
              />
            </Stack>
            <TextField
              label="Resource notes"
              value={draft.notes}
              onChange={e => set({ notes: e.target.value })}
              multiline
              minRows={2}
              error={Boolean(notesError)}
              helperText={notesError}
            />
            {listField('assumptions', 'Assumptions')}
            <Autocomplete
              multiple
              options={options}
              loading={people.loading}
              value={draft.approvers.map(optionFor)}
              onChange={(_event, chosen) =>
                set({ approvers: chosen.map(o => o.ref) })
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
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            Publish
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
