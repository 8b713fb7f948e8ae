import {
  Action,
  ACTION_STATUS_NAMES,
  ActionStatus,
  Programme,
} from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { isStale } from '../../../api/errorKind';
import { errorSentence } from '../../../api/errorSentence';
import { ActionDialog } from '../ActionDialog';
import { useReviews } from '../../reviews/useReviews';
import {
  fullStop,
  LoadState,
  NotAllowedNote,
  NoticeAlert,
  PermittedButton,
  SpreadRow,
  useEditing,
} from '../../shared';
import { useActions } from '../useActions';
import {
  ACTION_FILTERS,
  ActionFilter,
  byDueDate,
  matchesFilter,
  NOTHING_MATCHES,
  summariseActions,
} from './actionFilters';
import { ActionsTable } from './ActionsTable';

/** @internal */
export type ActionsTabProps = {
  programme: Programme;
};

/**
 * The programme's action register: the SMART actions agreed in reviews or
 * added by hand, summarised and filtered, with each one's owner, measure of
 * done, due date in words and status, and ways to change its status, edit
 * it or add another. Those are for the programme's members whom the
 * portal's permission policy allows; for anyone else they are disabled and
 * the register says why.
 *
 * @internal
 */
export const ActionsTab = ({ programme }: ActionsTabProps) => {
  const manage = useProgrammeAction('manageActions', programme);
  const [filter, setFilter] = useState<ActionFilter>('all');
  const [busyId, setBusyId] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const editing = useEditing<Action>(() => setNotice(undefined));
  const [updateError, setUpdateError] = useState<string>();
  const actions = useActions(programme.id);
  // Only to name the review an action came from; the register works without.
  const reviews = useReviews(programme.id);

  const changeStatus = async (action: Action, status: ActionStatus) => {
    setNotice(undefined);
    setUpdateError(undefined);
    setBusyId(action.id);
    try {
      await actions.setStatus(action, status);
      setNotice(
        `“${action.description}” is now ${ACTION_STATUS_NAMES[
          status
        ].toLocaleLowerCase('en-GB')}.`,
      );
    } catch (error) {
      const why = `The status was not changed: ${fullStop(
        errorSentence(error),
      )}`;
      if (isStale(error)) {
        setUpdateError(
          `${why} Someone else changed this action meanwhile, so the list has been reloaded; check it and try again.`,
        );
        actions.retry();
      } else {
        setUpdateError(why);
      }
    } finally {
      setBusyId(undefined);
    }
  };

  const add = () => editing.start();
  const edit = (action: Action) => editing.start(action);

  const renderActions = (items: Action[]) => {
    if (items.length === 0) {
      return (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Stack spacing={2} alignItems="flex-start">
            <Typography variant="body1">
              No actions yet. Actions agreed in a published review land here;
              you can also add one.
            </Typography>
            <PermittedButton
              access={manage}
              reasonId="csip-actions-why"
              variant="contained"
              startIcon={<AddIcon />}
              onClick={add}
            >
              Add action
            </PermittedButton>
          </Stack>
        </Paper>
      );
    }
    const shown = items.filter(a => matchesFilter(a, filter)).sort(byDueDate);
    return (
      <Stack spacing={2}>
        <SpreadRow>
          <Typography variant="body1" fontWeight="bold">
            {summariseActions(items)}
          </Typography>
          <Button
            variant="outlined"
            startIcon={<AddIcon />}
            onClick={add}
            disabled={!manage.allowed}
            aria-describedby={manage.allowed ? undefined : 'csip-actions-why'}
          >
            Add action
          </Button>
        </SpreadRow>
        <NotAllowedNote id="csip-actions-why" reason={manage.reason} />
        <ToggleButtonGroup
          exclusive
          size="small"
          value={filter}
          onChange={(_event, value: ActionFilter | null) =>
            value && setFilter(value)
          }
          aria-label="Show actions"
        >
          {ACTION_FILTERS.map(f => (
            <ToggleButton key={f.id} value={f.id}>
              {f.label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {shown.length === 0 ? (
          <Typography variant="body2">
            {NOTHING_MATCHES[filter]} Choose “All” to see every action.
          </Typography>
        ) : (
          <ActionsTable
            actions={shown}
            reviews={reviews.value}
            busyId={busyId}
            notAllowedId={manage.allowed ? undefined : 'csip-actions-why'}
            onStatusChange={changeStatus}
            onEdit={edit}
          />
        )}
      </Stack>
    );
  };

  return (
    <Stack spacing={2}>
      <Stack spacing={0.5}>
        <Typography variant="h5" component="h3">
          Actions
        </Typography>
        <Typography variant="body2" color="text.secondary">
          SMART actions agreed in reviews or added here: what, who, how we know
          it is done, by when.
        </Typography>
      </Stack>
      <NoticeAlert notice={notice} onClose={() => setNotice(undefined)} />
      {updateError && (
        <Alert
          severity="error"
          role="alert"
          onClose={() => setUpdateError(undefined)}
        >
          {updateError}
        </Alert>
      )}
      <LoadState
        state={actions}
        loading={manage.loading}
        errorTitle="Could not load the actions"
      >
        {renderActions}
      </LoadState>
      <ActionDialog
        open={editing.open}
        programme={programme}
        action={editing.item}
        onClose={editing.close}
        onSaved={saved => {
          actions.replace(saved);
          setNotice(
            editing.item
              ? `Saved “${saved.description}”.`
              : `Added “${saved.description}”.`,
          );
          editing.close();
        }}
      />
    </Stack>
  );
};
