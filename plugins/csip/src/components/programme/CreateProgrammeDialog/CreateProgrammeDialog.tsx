import { FormErrorSummary } from '../../shared';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Programme,
  programmeCreateSchema,
} from '@csip-coach/plugin-csip-common';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { FormEvent, useState } from 'react';
import { csipApiRef } from '../../../api';
import { useEntityOptions } from '../../../hooks/useEntityOptions';
import { errorMessage } from '../../../util/errorMessage';
import {
  FieldErrors,
  fieldErrors,
  formParseParams,
} from '../../../util/formIssues';
import { BusinessDriver, BusinessDriversField } from '../BusinessDriversField';
import { DriverDraft, DriverField } from '../DriverField';
import { EntityPicker } from '../../shared';
import { MemberDraft, MembersField } from '../MembersField';

const OWNER_KINDS = ['Group', 'System'];
const PERSON_KINDS = ['User'];

/** @internal */
export type CreateProgrammeDialogProps = {
  open: boolean;
  onClose: () => void;
  /** Called with the programme the backend created. */
  onCreated: (programme: Programme) => void;
};

type Draft = {
  title: string;
  vision: string;
  driver: DriverDraft;
  businessDrivers: BusinessDriver[];
  ownerRef: string | null;
  members: MemberDraft[];
};

const EMPTY: Draft = {
  title: '',
  vision: '',
  driver: '',
  businessDrivers: [],
  ownerRef: null,
  members: [],
};

/**
 * The form that creates a programme: validated with the common
 * `programmeCreateSchema` before it is sent, each field's problem shown next
 * to it, and the server's message shown if it still refuses the programme.
 *
 * @internal
 */
export const CreateProgrammeDialog = ({
  open,
  onClose,
  onCreated,
}: CreateProgrammeDialogProps) => {
  const csipApi = useApi(csipApiRef);
  const owners = useEntityOptions(OWNER_KINDS);
  const people = useEntityOptions(PERSON_KINDS);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  const set = (change: Partial<Draft>) => setDraft(d => ({ ...d, ...change }));

  const close = () => {
    setDraft(EMPTY);
    setErrors({});
    setServerError(undefined);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const parsed = programmeCreateSchema.safeParse(
      {
        ...draft,
        driver: draft.driver || undefined,
        ownerRef: draft.ownerRef ?? '',
        members: draft.members.map(m => ({ ...m, userRef: m.userRef ?? '' })),
      },
      formParseParams,
    );
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      if (!draft.ownerRef) {
        found.ownerRef = 'Choose the group or system that owns the programme';
      }
      draft.members.forEach((m, i) => {
        if (!m.userRef) found[`members.${i}.userRef`] = 'Choose a person';
      });
      setErrors(found);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const programme = await csipApi.createProgramme(parsed.data);
      setDraft(EMPTY);
      onCreated(programme);
    } catch (error) {
      setServerError(errorMessage(error));
    } finally {
      setSubmitting(false);
    }
  };

  const errorCount = Object.keys(errors).length;

  return (
    <Dialog
      open={open}
      onClose={close}
      fullWidth
      maxWidth="md"
      aria-labelledby="csip-create-title"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="csip-create-title">Create programme</DialogTitle>
        <DialogContent>
          <Stack spacing={3} sx={{ pt: 1 }}>
            <FormErrorSummary
              errorCount={errorCount}
              serverError={serverError}
              failure="The programme was not created"
            />
            <TextField
              label="Title"
              value={draft.title}
              onChange={e => set({ title: e.target.value })}
              error={Boolean(errors.title)}
              helperText={errors.title}
            />
            <TextField
              label="Vision"
              value={draft.vision}
              onChange={e => set({ vision: e.target.value })}
              error={Boolean(errors.vision)}
              helperText={
                errors.vision ??
                'Why are we doing this? What will be better for the business?'
              }
              multiline
              minRows={2}
            />
            <DriverField
              value={draft.driver}
              onChange={driver => set({ driver })}
              error={errors.driver}
            />
            <BusinessDriversField
              value={draft.businessDrivers}
              onChange={businessDrivers => set({ businessDrivers })}
              errors={errors}
            />
            <EntityPicker
              label="Owner"
              options={owners.value ?? []}
              loading={owners.loading}
              value={draft.ownerRef}
              onChange={ownerRef => set({ ownerRef })}
              error={errors.ownerRef}
              helperText={
                owners.error
                  ? `Could not load the catalog: ${errorMessage(owners.error)}`
                  : 'The group or system the programme belongs to.'
              }
            />
            <MembersField
              value={draft.members}
              onChange={members => set({ members })}
              errors={errors}
              people={people.value ?? []}
              loading={people.loading}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={submitting}>
            Create
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
