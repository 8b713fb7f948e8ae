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
import { csipApiRef } from '../../../api';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { errorMessage } from '../../../util/errorMessage';
import {
  FieldErrors,
  fieldErrors,
  formParseParams,
} from '../../../util/formIssues';
import { formatDate } from '../../../util/formatDate';
import { FormErrorSummary } from '../../shared';
import { RefLink } from '../../shared';
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
 * version it was read at. It shows both records an item keeps: the team's
 * demonstration (who, when, the evidence) and the coach's verification
 * (who, when). A verified item's evidence is read only — a coach reopens
 * the item to change it — and a retired item (its process left the scope)
 * cannot be changed.
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
  // The evidence of a verified item stays as verified until a coach reopens it.
  const evidenceLocked = item.status === 'verified' && status === 'verified';
  const retired = Boolean(item.retiredAt);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const body = {
      status,
      evidence: evidenceLocked ? undefined : evidence.trim(),
      owner: owner || (item.owner ? null : undefined),
      version: item.version,
    };
    const parsed = handoverItemUpdateSchema.safeParse(body, formParseParams);
    const found = parsed.success ? {} : fieldErrors(parsed.error);
    if (needsEvidence && !evidence.trim()) {
      found.evidence = `Evidence is needed to mark the item “${HANDOVER_STATUS_NAMES[status]}”: say what shows the team can do it`;
    }
    if (status === 'verified' && item.status !== 'verified' && !mayVerify) {
      found.status = whyNot;
    }
    setErrors(found);
    if (retired || !parsed.success || Object.keys(found).length) return;
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
          {retired && (
            <Typography id="csip-handover-retired-why" variant="body2">
              Retired: its process left the scope. The item is kept in the
              history but not counted, and cannot be changed; it comes back if
              the process returns to the scope.
            </Typography>
          )}
          {(item.demonstratedBy || item.verifiedBy) && (
            <Box component="dl" sx={{ m: 0, typography: 'body2' }}>
              {item.demonstratedBy && (
                <>
                  <Box component="dt" sx={{ fontWeight: 700 }}>
                    Demonstrated by the team
                  </Box>
                  <Box component="dd" sx={{ m: 0, mb: 1 }}>
                    <RefLink entityRef={item.demonstratedBy} />
                    {item.demonstratedAt &&
                      ` on ${formatDate(item.demonstratedAt)}`}
                  </Box>
                </>
              )}
              {item.verifiedBy && (
                <>
                  <Box component="dt" sx={{ fontWeight: 700 }}>
                    Verified by the coach
                  </Box>
                  <Box component="dd" sx={{ m: 0 }}>
                    <RefLink entityRef={item.verifiedBy} />
                    {item.verifiedAt && ` on ${formatDate(item.verifiedAt)}`}
                  </Box>
                </>
              )}
            </Box>
          )}
          <FormErrorSummary
            errorCount={Object.keys(errors).length}
            serverError={serverError}
            failure="The item was not updated"
          />
          <FormControl
            component="fieldset"
            error={Boolean(errors.status)}
            disabled={lockedVerified || retired}
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
                      disabled={lockedVerified || retired || coachOnly}
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
                  ? `This item is verified. ${whyNot}, so you cannot reopen it; you can still change the owner.`
                  : 'The team demonstrates an item; the coach then verifies it.')}
            </FormHelperText>
          </FormControl>
          <TextField
            label="Evidence"
            required={needsEvidence && !evidenceLocked}
            value={evidence}
            onChange={e => setEvidence(e.target.value)}
            multiline
            minRows={3}
            InputProps={{ readOnly: evidenceLocked || retired }}
            error={Boolean(errors.evidence)}
            helperText={
              message('evidence') ??
              (evidenceLocked
                ? `Read only: this is the evidence the coach verified; a coach reopens the item to change it.`
                : 'What shows the team can do it: a document, a meeting, a review. Needed to mark the item demonstrated or verified.')
            }
          />
          <TextField
            select
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            label="Owner"
            value={owner}
            onChange={e => setOwner(e.target.value)}
            disabled={retired}
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
        <Button
          type="submit"
          variant="contained"
          disabled={saving || retired}
          aria-describedby={retired ? 'csip-handover-retired-why' : undefined}
        >
          Save
        </Button>
      </DialogActions>
    </form>
  );
};
