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
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { Controller, useWatch } from 'react-hook-form';
import { csipApiRef } from '../../../api';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { formatDate } from '../../../util/formatDate';
import {
  DialogForm,
  FormTextField,
  isStale,
  OwnerField,
  RefLink,
  sentence,
  useFormDialog,
} from '../../shared';

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
  // Only coaches verify, and only coaches reopen what they verified.
  const mayVerify = verifyAccess.allowed;
  const whyNot = verifyAccess.reason ?? 'Only coaches verify';
  const lockedVerified = item.status === 'verified' && !mayVerify;
  const retired = Boolean(item.retiredAt);
  // The evidence of a verified item stays as verified until a coach reopens it.
  const locksEvidence = (status: HandoverStatus) =>
    item.status === 'verified' && status === 'verified';
  const dialog = useFormDialog({
    schema: handoverItemUpdateSchema,
    defaultValues: {
      status: item.status,
      evidence: item.evidence ?? '',
      owner: item.owner ?? '',
    },
    toBody: ({ status, evidence, owner }) => ({
      status,
      evidence: locksEvidence(status) ? undefined : evidence.trim(),
      owner: owner || (item.owner ? null : undefined),
      version: item.version,
    }),
    check: ({ status, evidence }, found) => {
      if (NEEDS_EVIDENCE.includes(status) && !evidence.trim()) {
        found.evidence = `Evidence is needed to mark the item “${HANDOVER_STATUS_NAMES[status]}”: say what shows the team can do it`;
      }
      if (status === 'verified' && item.status !== 'verified' && !mayVerify) {
        found.status = whyNot;
      }
    },
    onSubmit: async body => {
      if (retired) return;
      onSaved(await csipApi.updateHandoverItem(item.id, body));
    },
    describeError: (error, message) =>
      isStale(error)
        ? `${sentence(
            message,
          )} Someone else changed this item meanwhile: close this dialog to see the latest, then make your change again.`
        : message,
    onStale,
  });
  const { control, message } = dialog;
  const status = useWatch({ control, name: 'status' });
  const needsEvidence = NEEDS_EVIDENCE.includes(status);
  const evidenceLocked = locksEvidence(status);

  return (
    <DialogForm
      form={dialog}
      titleId={titleId}
      title="Update handover item"
      failure="The item was not updated"
      intro={
        <>
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
        </>
      }
      submitLabel="Save"
      onCancel={onClose}
      actions={{
        disabled: retired,
        describedBy: [retired && 'csip-handover-retired-why'],
      }}
    >
      <FormControl
        component="fieldset"
        error={Boolean(message('status'))}
        disabled={lockedVerified || retired}
      >
        <FormLabel component="legend">Status</FormLabel>
        <Controller
          control={control}
          name="status"
          render={({ field }) => (
            <RadioGroup value={field.value} onChange={field.onChange}>
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
          )}
        />
        <FormHelperText>
          {message('status') ??
            (lockedVerified
              ? `This item is verified. ${whyNot}, so you cannot reopen it; you can still change the owner.`
              : 'The team demonstrates an item; the coach then verifies it.')}
        </FormHelperText>
      </FormControl>
      <FormTextField
        control={control}
        name="evidence"
        label="Evidence"
        required={needsEvidence && !evidenceLocked}
        multiline
        minRows={3}
        InputProps={{ readOnly: evidenceLocked || retired }}
        error={message('evidence')}
        helperText={
          evidenceLocked
            ? `Read only: this is the evidence the coach verified; a coach reopens the item to change it.`
            : 'What shows the team can do it: a document, a meeting, a review. Needed to mark the item demonstrated or verified.'
        }
      />
      <OwnerField
        control={control}
        name="owner"
        programme={programme}
        current={item.owner}
        emptyLabel="No owner yet"
        disabled={retired}
        error={message('owner')}
      />
    </DialogForm>
  );
};
