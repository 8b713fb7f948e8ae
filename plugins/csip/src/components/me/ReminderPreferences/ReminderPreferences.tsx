import { useApi } from '@backstage/frontend-plugin-api';
import {
  REMINDER_DELIVERY_LABELS,
  reminderDeliverySchema,
  type ReminderDelivery,
} from '@csip-coach/plugin-csip-common';
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { csipApiRef } from '../../../api';
import { errorSentence } from '../../../api/errorSentence';
import { useCsipQuery } from '../../../hooks/useCsipQuery';
import { fullStop, LoadState, SectionPanel } from '../../shared';

const TITLE_ID = 'csip-my-reminders-title';

/**
 * "Reminders": how the signed-in user gets CSIP Coach's reminders of
 * actions and commitments that are due — each as it comes, or one weekly
 * digest — chosen with a radio button and saved at once, with the outcome
 * said in words (a status message, or why it was not saved).
 *
 * @internal
 */
export const ReminderPreferences = () => {
  const csipApi = useApi(csipApiRef);
  const loaded = useCsipQuery(api => api.getMyReminderPreferences(), []);
  const [chosen, setChosen] = useState<ReminderDelivery>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [failure, setFailure] = useState<string>();

  const choose = async (
    delivery: ReminderDelivery,
    before: ReminderDelivery,
  ) => {
    setChosen(delivery);
    setSaving(true);
    setSaved(undefined);
    setFailure(undefined);
    try {
      const result = await csipApi.putMyReminderPreferences({ delivery });
      setChosen(result.delivery);
      setSaved(
        `Saved: ${REMINDER_DELIVERY_LABELS[result.delivery].toLocaleLowerCase(
          'en-GB',
        )}.`,
      );
    } catch (error) {
      setChosen(before);
      setFailure(
        `Your choice was not saved: ${fullStop(errorSentence(error))}`,
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <SectionPanel
      titleId={TITLE_ID}
      title="Reminders"
      headingComponent="h2"
      padding={2}
      spacing={1}
    >
      <Typography variant="body2" color="text.secondary">
        CSIP Coach reminds you, through the portal’s notifications, of actions
        and commitments that are due and of scopes that wait for you.
      </Typography>
      <LoadState
        state={loaded}
        errorTitle="Could not load your reminder choice"
      >
        {({ delivery: stored }) => {
          const current = chosen ?? stored;
          return (
            <FormControl component="fieldset" disabled={saving}>
              <FormLabel component="legend">How you get them</FormLabel>
              <RadioGroup
                value={current}
                onChange={event =>
                  choose(event.target.value as ReminderDelivery, current)
                }
              >
                {reminderDeliverySchema.options.map(delivery => (
                  <FormControlLabel
                    key={delivery}
                    value={delivery}
                    control={<Radio />}
                    label={REMINDER_DELIVERY_LABELS[delivery]}
                  />
                ))}
              </RadioGroup>
            </FormControl>
          );
        }}
      </LoadState>
      <Typography variant="body2" role="status">
        {saved}
      </Typography>
      {failure && (
        <Alert severity="error" onClose={() => setFailure(undefined)}>
          {failure}
        </Alert>
      )}
    </SectionPanel>
  );
};
