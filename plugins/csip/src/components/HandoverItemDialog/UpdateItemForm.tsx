import { useApi } from '@backstage/frontend-plugin-api';
import {
  HANDOVER_STATUS_NAMES,
  handoverItemUpdateSchema,
  handoverStatusSchema,
  type HandoverItem,
  type HandoverStatus,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormEvent, useState } from 'react';
import { csipApiRef } from '../../api';
import type { ProgrammeActionAccess } from '../../hooks/useProgrammeAction';
import { errorMessage } from '../../util/errorMessage';
import {
  FieldErrors,
  fieldErrors,
  formParseParams,
} from '../../util/formIssues';
import { FormErrorSummary } from '../FormErrorSummary';
import { isStale, ownerOptions, refName, sentence } from './itemFormHelpers';

/** @internal */
export type UpdateItemFormProps = {
  titleId: string;
  programme: Programme;
  item: HandoverItem;
  /** Whether the signed-in user may verify items, and if not why. */
  verifyAccess: ProgrammeActionAccess;
  onClose: () => void;
  onSaved: (item: HandoverItem) => void;
  onStale?: () => void;
};

const NEEDS_EVIDENCE: readonly HandoverStatus[] = ['demonstrated', 'verified'];

/**
 * The status, evidence and owner of one handover item, sent with the
 * version it was read at.
 *
 * @internal
 */
export const UpdateItemForm = ({
  titleId,
  programme,
  item,
  verifyAccess,
  onClose,
  onSaved,
  onStale,
}: UpdateItemFormProps) => {
  const csipApi = useApi(csipApiRef);
  const [status, setStatus] = useState<HandoverStatus>(item.status);
  const [evidence, setEvidence] = useState(item.evidence ?? '');
  const [owner, setOwner] = useState(item.owner ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string>();
  const [saving, setSaving] = useState(false);
  // Only coaches verify, and only coaches reopen what they verified.
  const mayVerify = verifyAccess.allowed;
  const whyNot = verifyAccess.reason ?? 'Only coaches verify';
  const lockedVerified = item.status === 'verified' && !mayVerify;
  const needsEvidence = NEEDS_EVIDENCE.includes(status);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const body = {
      status,
      evidence: evidence.trim(),
      owner: owner || (item.owner ? null : undefined),
      version: item.version,
    };
    const parsed = handoverItemUpdateSchema.safeParse(body, formParseParams);
    const found = parsed.success ? {} : fieldErrors(parsed.error);
    if (needsEvidence && !body.evidence) {
      found.evidence = `Evidence is needed to mark the item “${HANDOVER_STATUS_NAMES[status]}”: say what shows the team can do it`;
    }
    if (status === 'verified' && item.status !== 'verified' && !mayVerify) {
      found.status = whyNot;
    }
    setErrors(found);
    if (!parsed.success || Object.keys(found).length) return;
    setSaving(true);
    try {
      onSaved(await csipApi.updateHandoverItem(item.id, parsed.data));
    } catch (error) {
      if (isStale(error)) {
        setServerError(
          `${sentence(
            errorMessage(error),
          )} Someone else changed this item meanwhile: close this dialog to see the latest, then make your change again.`,
        );
        onStale?.();
      } else {
        setServerError(errorMessage(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const message = (field: string) =>
    errors[field] ? sentence(errors[field]) : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id={titleId}>Update handover item</DialogTitle>
      <DialogContent>
        <Stack spacing={3} sx={{ pt: 1 }}>
          <Typography variant="body1" fontWeight="bold">
            {item.title}
          </Typography>
          <FormErrorSummary
            errorCount={Object.keys(errors).length}
            serverError={serverError}
            failure="The item was not updated"
          />
          <FormControl
            component="fieldset"
            error={Boolean(errors.status)}
            disabled={lockedVerified}
          >
            <FormLabel component="legend">Status</FormLabel>
            <RadioGroup
              value={status}
              onChange={e => setStatus(e.target.value as HandoverStatus)}
            >
              {handoverStatusSchema.options.map(s => {
                const coachOnly = s === 'verified' && !mayVerify;
                return (
                  <Box key={s}>
                    <FormControlLabel
                      value={s}
                      disabled={lockedVerified || coachOnly}
                      control={
                        <Radio
                          inputProps={
                            coachOnly
                              ? {
                                  'aria-describedby':
                                    'csip-handover-verify-why',
                                }
                              : undefined
                          }
                        />
                      }
                      label={HANDOVER_STATUS_NAMES[s]}
                    />
                    {coachOnly && (
                      <Typography
                        id="csip-handover-verify-why"
                        variant="body2"
                        color="text.secondary"
                        sx={{ ml: 4, mt: -1 }}
                      >
                        {whyNot}
                      </Typography>
                    )}
                  </Box>
                );
              })}
            </RadioGroup>
            <FormHelperText>
              {message('status') ??
                (lockedVerified
                  ? `This item is verified. ${whyNot}, so you cannot reopen it; you can still add evidence or change the owner.`
                  : 'The team demonstrates an item; the coach then verifies it.')}
            </FormHelperText>
          </FormControl>
          <TextField
            label="Evidence"
            required={needsEvidence}
            value={evidence}
            onChange={e => setEvidence(e.target.value)}
            multiline
            minRows={3}
            error={Boolean(errors.evidence)}
            helperText={
              message('evidence') ??
              'What shows the team can do it: a document, a meeting, a review. Needed to mark the item demonstrated or verified.'
            }
          />
          <TextField
            select
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            label="Owner"
            value={owner}
            onChange={e => setOwner(e.target.value)}
            error={Boolean(errors.owner)}
            helperText={
              message('owner') ?? 'The programme member who sees it through.'
            }
          >
            <option value="">No owner yet</option>
            {ownerOptions(programme, item.owner).map(ref => (
              <option key={ref} value={ref}>
                {refName(ref)}
              </option>
            ))}
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" disabled={saving}>
          Save
        </Button>
      </DialogActions>
    </form>
  );
};
